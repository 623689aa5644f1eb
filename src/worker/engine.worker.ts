import { expose } from 'comlink';
import { createEngineHost } from './engineHost';

expose(createEngineHost());
