import { InitialSchema1732200000000 } from './1732200000000-initial-schema.js';
import { ReviewWorkflow1732300000000 } from './1732300000000-review-workflow.js';

/** Every migration, oldest first. Never edit one that has been committed: add a new one. */
export const MIGRATIONS = [InitialSchema1732200000000, ReviewWorkflow1732300000000];
