import { ConnectionType } from '../connection.js';
import { Node } from './interfaces.js';
import { Rating, Statement } from './nodes.type.js';

export const StatementConnection = ConnectionType(Statement, 'Statement');
export const RatingConnection = ConnectionType(Rating, 'Rating');
export const NodeConnection = ConnectionType(Node, 'Node');
