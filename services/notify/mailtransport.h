#pragma once

#include "services/notify/mailmessage.h"

#include <QString>

#include <expected>

namespace ic {

// What a provider said when it took a message: its id for it (SMTP: the text of the reply to
// the end of DATA, which carries the server's queue id).
struct Delivery {
    QString providerId;
};

// What a provider said when it did not: a permanent failure (SMTP 5xx, an address refused)
// is not tried again; a transient one (SMTP 4xx, a timeout, a connection lost) is.
struct DeliveryFailure {
    bool permanent = false;
    QString message; // one sentence, the provider's own words included
    // The failure is the provider's or our account's (unreachable, TLS, sign-in, the sender
    // address refused), not this message's: the message waits however permanent it is.
    bool providerWide = false;
};

using DeliveryResult = std::expected<Delivery, DeliveryFailure>;

// One way of sending e-mail (SMTP today; SendGrid and Resend later).
class MailTransport {
public:
    virtual ~MailTransport() = default;
    virtual DeliveryResult send(const MailMessage &message) = 0;
    // Ends the session, if the transport keeps one open between messages.
    virtual void close() {}
};

} // namespace ic
