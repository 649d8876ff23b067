package org.xinqiao.child;

public enum Gender { FEMALE, MALE }
