import { checkNoLoss } from './check.ts';

checkNoLoss('wcxb', 0, 3);
