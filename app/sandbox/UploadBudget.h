#pragma once
#include <QtGlobal>

namespace r8::sandbox {

// The bytes of large upload bodies (POST /v1/files above the usual body limit) that the sandbox's
// connections hold at once. The sandbox buffers a request's whole body; for uploads of up to the
// files API's 100 MB that is allowed only while the sum stays within the budget, so that many
// clients together cannot drive its memory up: a body that does not fit is refused (503) on its
// header. Shared by the server and its connections (which may outlive it briefly).
class UploadBudget
{
public:
    explicit UploadBudget(qint64 bytes) : m_left(bytes) {}
    bool take(qint64 bytes)
    {
        if (bytes > m_left)
            return false;
        m_left -= bytes;
        return true;
    }
    void give(qint64 bytes) { m_left += bytes; }

private:
    qint64 m_left;
};

} // namespace r8::sandbox
