/** The command line: {@code build} (default), {@code check}, {@code serve}, {@code translit}. */
package uz.shaffof.cli;
