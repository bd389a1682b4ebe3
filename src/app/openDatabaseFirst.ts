import { startDatabase } from './startDatabase';

/*
 * Imported first by main.tsx, so the database starts opening before React and the rest of
 * the app are evaluated: opening it takes a noticeable moment, and the first screen waits for it.
 */
void startDatabase();
