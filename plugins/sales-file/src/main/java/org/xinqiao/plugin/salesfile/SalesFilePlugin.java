package org.xinqiao.plugin.salesfile;

import org.pf4j.Plugin;

/** The sales-file plugin: lifecycle only, its work is done by {@link OrderExportReader}. */
public class SalesFilePlugin extends Plugin {
}
