/**
 * zod/mini ships without error messages ("Invalid input"); the places that show validation errors
 * to people (the dataset build, update refusals, settings import) import this for plain English.
 */
import * as z from 'zod/mini';

z.config(z.locales.en());
