import type { LucideIcon } from 'lucide-react';
import { createElement, memo } from 'react';
import type { ComponentKind } from '../../model';
import { iconNodeOf } from '../diagram/iconNode';
import { componentLooks, usersIcon } from './nodeIcons';

export type CardIconKey = ComponentKind | 'users';

const cardIcons: [CardIconKey, LucideIcon][] = [...Object.entries(componentLooks).map(([kind, look]): [CardIconKey, LucideIcon] => [kind as ComponentKind, look.icon]), ['users', usersIcon]];

/** Where a card's `<use>` finds its icon in the sprite. */
export const cardIconHref = (key: CardIconKey) => `#card-icon-${key}`;

/**
 * Every card icon drawn once, as symbols the cards `<use>`: a card then holds two elements for its
 * icon instead of an SVG tree of its own, which with 500 cards is thousands of elements fewer to
 * style, lay out and hit-test. Drawn in `currentColor`, so each card tints it with its family's colour.
 */
export const CardIconSprite = memo(function CardIconSprite() {
  return (
    <svg className="card-icon-sprite" aria-hidden width={0} height={0}>
      {cardIcons.map(([key, icon]) => (
        <symbol key={key} id={`card-icon-${key}`} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
          {iconNodeOf(icon).map(([tag, attributes], i) => createElement(tag, { ...attributes, key: i }))}
        </symbol>
      ))}
    </svg>
  );
});
