/**
 * Site search without a server: the generator folds every word of every page to a script-neutral key (so
 * "Toshkent" and "Тошкент" meet), writes a small sharded index, and a tiny script looks queries up in it.
 */
package uz.shaffof.search;
