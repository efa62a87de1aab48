#pragma once

namespace r8 {

// libsecret, which QtKeychain loads at run time on Linux, keeps ONE Secret Service proxy per process
// and with it one transfer session: a Diffie-Hellman key agreed once, used to encrypt every secret on
// the bus. Some services sometimes agree on a different key than libsecret does (kwalletd5 5.103: in
// about one session in 100 its AES key differs, so libsecret cannot decrypt what it is sent —
// QtKeychain then says "Entry not found" — and kwalletd cannot decrypt what it is given — "Can't find
// session"), or kwalletd refuses libsecret's public key when it starts with a zero byte ("Client public
// key size is invalid"). Every later job of the process would reuse that broken session.
// dropSharedService() lets the next job open a fresh session. False when libsecret is not there (other
// platforms, or QtKeychain built without it).
struct LibsecretSession
{
    static bool dropSharedService();
};

} // namespace r8
