/** Located problems ({@code path:line:col: message}) collected by every stage and reported together. */
package uz.shaffof.problem;
