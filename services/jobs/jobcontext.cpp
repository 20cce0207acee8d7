#include "services/jobs/jobcontext.h"

namespace ic {

JobContext::JobContext(CancelToken token, Sink sink, Database *db)
    : m_token(std::move(token))
    , m_sink(std::move(sink))
    , m_db(db)
{
}

bool JobContext::operator()(qint64 done, qint64 total, const QString &sentence,
                            const QString &item) const
{
    if (m_sink)
        m_sink(JobStatus{done, total, sentence, item});
    if (m_callback && !m_stopped && !m_callback(done, total))
        m_stopped = true;
    return !isCancelled();
}

bool JobContext::isCancelled() const
{
    return m_stopped || (m_token && m_token->isCancelled());
}

} // namespace ic
