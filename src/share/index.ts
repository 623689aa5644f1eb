export { decodeShareFragment, encodeShareFragment, isShareFragment, maxChatLinkLength, maxFragmentLength, type ShareKind, type SharedDocument } from './shareFragment';
