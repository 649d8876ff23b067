package org.xinqiao.child;

/** How a guardian is related to the child. */
public enum Relation { GRANDPARENT, PARENT, SIBLING, RELATIVE, FOSTER_CARER, OTHER }
