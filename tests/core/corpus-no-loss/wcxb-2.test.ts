import { checkNoLoss } from './check.ts';

checkNoLoss('wcxb', 1, 3);
