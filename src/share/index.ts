export { decodeShareFragment, encodeShareFragment, maxChatLinkLength, maxFragmentLength, type ShareKind, type SharedDocument } from './shareFragment';
