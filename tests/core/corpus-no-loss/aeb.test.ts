import { checkNoLoss } from './check.ts';

checkNoLoss('aeb');
