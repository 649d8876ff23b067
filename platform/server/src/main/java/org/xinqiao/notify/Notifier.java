package org.xinqiao.notify;

/** Sends a notification; answers whether it reached the person (false: they cannot be reached this way). */
public interface Notifier {

    /** @throws NotificationFailedException when the channel failed and a later retry may succeed */
    boolean send(Notification notification);
}
