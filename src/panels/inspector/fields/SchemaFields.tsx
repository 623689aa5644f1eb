import { CheckboxField } from './CheckboxField';
import { ChoiceField } from './ChoiceField';
import { DraftField } from './DraftField';
import { optionLabel } from './fieldMeta';
import type { CommitField } from './fieldProps';
import type { FieldSpec } from './fieldSpec';
import { formatList, formatNumber, getIn, parseListField, parseNumberField, parseTextField } from './fieldValue';
import { isFieldHidden } from './fieldVisibility';
import { RegionOptions } from './RegionOptions';
import { variantDefault } from './variantDefaults';

interface SchemaFieldsProps {
  fields: FieldSpec[];
  /** The edited object; each field reads its value at its path inside it. */
  root: unknown;
  onCommit: CommitField;
}

/** Renders generated fields for an object: the inspector's one form engine. */
export function SchemaFields({ fields, root, onCommit }: SchemaFieldsProps) {
  return fields.map((spec) => (isFieldHidden(spec.path, root) ? null : <SchemaField key={spec.path.join('.')} spec={spec} root={root} onCommit={onCommit} />));
}

function SchemaField({ spec, root, onCommit }: { spec: FieldSpec; root: unknown; onCommit: CommitField }) {
  const value = getIn(root, spec.path);
  switch (spec.control) {
    case 'number':
      return (
        <DraftField
          spec={spec}
          committedText={formatNumber(value, spec.scale)}
          parse={(text) => parseNumberField(spec, text)}
          format={(parsed) => formatNumber(parsed, spec.scale)}
          onCommit={onCommit}
          unit={spec.unit}
          numeric
        />
      );
    case 'text':
      return (
        <DraftField
          spec={spec}
          committedText={typeof value === 'string' ? value : ''}
          parse={(text) => parseTextField(spec, text)}
          format={(parsed) => (typeof parsed === 'string' ? parsed : '')}
          onCommit={onCommit}
          multiline={spec.path.at(-1) === 'description'}
        />
      );
    case 'list':
      return <DraftField spec={spec} committedText={formatList(value)} parse={(text) => parseListField(spec, text)} format={formatList} onCommit={onCommit} />;
    case 'checkbox':
      return <CheckboxField spec={spec} value={value} onCommit={onCommit} />;
    case 'select':
      return (
        <ChoiceField spec={spec} value={String(value)} onCommit={onCommit}>
          {spec.options.map((option) => (
            <option key={option} value={option}>
              {optionLabel(option)}
            </option>
          ))}
        </ChoiceField>
      );
    case 'region':
      return (
        <ChoiceField spec={spec} value={String(value)} onCommit={onCommit}>
          <RegionOptions />
        </ChoiceField>
      );
    case 'section':
      return (
        <fieldset className="field-section">
          <legend className="field-section__title">{spec.label}</legend>
          <SchemaFields fields={spec.fields} root={root} onCommit={onCommit} />
        </fieldset>
      );
    case 'variant': {
      const tag = String(getIn(value, [spec.discriminator]));
      const tagSpec = { ...spec, path: [...spec.path, spec.discriminator], label: spec.label };
      return (
        <div className="field-variant">
          <ChoiceField spec={tagSpec} value={tag} onCommit={(_path, chosen) => onCommit(spec.path, chosen)} toValue={(option) => (option === tag ? value : variantDefault(spec.discriminator, option, value))}>
            {Object.keys(spec.variants).map((option) => (
              <option key={option} value={option}>
                {optionLabel(option)}
              </option>
            ))}
          </ChoiceField>
          <SchemaFields fields={spec.variants[tag] ?? []} root={root} onCommit={onCommit} />
        </div>
      );
    }
  }
}
