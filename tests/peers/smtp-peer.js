#!/usr/bin/env node
// A tiny SMTP peer for the sender's failure tests, on loopback only. It answers like a mail
// server that refuses: node smtp-peer.js <mode>, mode one of
//   reject   - 550 5.1.1 at RCPT TO (a permanent refusal: the mailbox does not exist)
//   busy     - 421 4.3.2 in the greeting (a transient one: try again later)
//   silent   - accepts the connection and never answers (a timeout)
//   starttls <cert.pem> <key.pem> - offers STARTTLS, then (inside TLS only) AUTH LOGIN for the
//              user "billing" with the password "s3cret", then takes the message (250)
// It listens on a free port and prints it on its first line of output.
'use strict';
const net = require('net');
const tls = require('tls');
const fs = require('fs');
const mode = process.argv[2] || 'reject';
const server = net.createServer((socket) => {
    socket.setEncoding('utf8');
    socket.on('error', () => {});
    if (mode === 'silent') return;
    if (mode === 'busy') {
        socket.end('421 4.3.2 Service busy, try again later\r\n');
        return;
    }
    socket.write('220 peer.test ESMTP ready\r\n');
    converse(socket, false);
});

// One SMTP dialogue on `socket` (plain, or TLS after STARTTLS).
function converse(socket, secure) {
    let buffer = '';
    let auth = null; // the AUTH LOGIN step: 'user', 'pass'
    let user = '';
    let authed = false;
    let data = false;
    socket.on('data', (chunk) => {
        buffer += chunk;
        let at;
        while ((at = buffer.indexOf('\r\n')) >= 0) {
            const line = buffer.slice(0, at);
            buffer = buffer.slice(at + 2);
            if (data) {
                if (line === '.') { data = false; socket.write('250 2.0.0 Ok: queued as PEER1\r\n'); }
                continue;
            }
            if (auth === 'user') { user = Buffer.from(line, 'base64').toString(); auth = 'pass'; socket.write('334 UGFzc3dvcmQ6\r\n'); continue; }
            if (auth === 'pass') {
                auth = null;
                authed = user === 'billing' && Buffer.from(line, 'base64').toString() === 's3cret';
                socket.write(authed ? '235 2.7.0 Authentication successful\r\n' : '535 5.7.8 Authentication credentials invalid\r\n');
                continue;
            }
            const verb = line.slice(0, 4).toUpperCase();
            if (verb === 'EHLO') {
                if (mode === 'starttls' && !secure) socket.write('250-peer.test\r\n250 STARTTLS\r\n');
                else if (mode === 'starttls') socket.write('250-peer.test\r\n250 AUTH LOGIN\r\n');
                else socket.write('250-peer.test\r\n250 8BITMIME\r\n');
            } else if (verb === 'STAR' && mode === 'starttls' && !secure) {
                socket.write('220 2.0.0 Ready to start TLS\r\n');
                socket.removeAllListeners('data');
                const secured = new tls.TLSSocket(socket, {
                    isServer: true,
                    cert: fs.readFileSync(process.argv[3]),
                    key: fs.readFileSync(process.argv[4]),
                });
                secured.setEncoding('utf8');
                secured.on('error', () => {});
                converse(secured, true);
                return;
            } else if (verb === 'AUTH' && mode === 'starttls' && secure && line.toUpperCase() === 'AUTH LOGIN') {
                auth = 'user';
                socket.write('334 VXNlcm5hbWU6\r\n');
            } else if (verb === 'MAIL') socket.write(mode === 'starttls' && !authed ? '530 5.7.0 Authentication required\r\n' : '250 2.1.0 OK\r\n');
            else if (verb === 'RCPT' && mode === 'starttls') socket.write('250 2.1.5 OK\r\n');
            else if (verb === 'RCPT') socket.write('550 5.1.1 <' + line.replace(/^.*<|>.*$/g, '') + '>: no such mailbox\r\n');
            else if (verb === 'DATA' && mode === 'starttls') { data = true; socket.write('354 End data with <CR><LF>.<CR><LF>\r\n'); }
            else if (verb === 'RSET') socket.write('250 2.0.0 OK\r\n');
            else if (verb === 'QUIT') socket.end('221 2.0.0 Bye\r\n');
            else socket.write('502 5.5.2 Not implemented\r\n');
        }
    });
}
server.listen(0, '127.0.0.1', () => {
    process.stdout.write(server.address().port + '\n');
});
