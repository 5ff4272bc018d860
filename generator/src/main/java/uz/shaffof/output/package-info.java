/** Output files and publishing them atomically: a failed build never touches the live site. */
package uz.shaffof.output;
