/** The two editions of the site (Uzbek Latin, Uzbek Cyrillic) and how numbers, dates and texts are put into each. */
package uz.shaffof.i18n;
