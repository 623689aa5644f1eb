export { methodOfFigure } from './methodOfFigure';
export { docPageOfPath, type DocPage } from './methodPages';
