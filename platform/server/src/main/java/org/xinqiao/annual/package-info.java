/**
 * The annual close (RULES.md §6 {@code annual-close}): on 5 January the previous year's fund true-up and its points
 * stars. It only calls the features that own the work.
 */
package org.xinqiao.annual;
