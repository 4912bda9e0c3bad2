import { checkNoLoss } from './check.ts';

checkNoLoss('readability');
