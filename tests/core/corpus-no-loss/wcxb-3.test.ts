import { checkNoLoss } from './check.ts';

checkNoLoss('wcxb', 2, 3);
