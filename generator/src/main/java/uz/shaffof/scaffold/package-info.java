/**
 * {@code shaffof new}: starting files for editors, valid as written, in the script the editor asks for.
 * {@link uz.shaffof.scaffold.Starters} makes the text of each kind from the loaded content (a source id, a dataset,
 * the as-of date that exist, so the file passes {@code check} before anyone edits it);
 * {@link uz.shaffof.scaffold.StarterWriter} writes it without ever replacing a file. Depends on {@code content} and
 * {@code translit}; nothing depends on it but the command line.
 */
package uz.shaffof.scaffold;
