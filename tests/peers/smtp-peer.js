#!/usr/bin/env node
// A tiny SMTP peer for the sender's failure tests, on loopback only. It answers like a mail
// server that refuses: node smtp-peer.js <mode>, mode one of
//   reject   - 550 5.1.1 at RCPT TO (a permanent refusal: the mailbox does not exist)
//   busy     - 421 4.3.2 in the greeting (a transient one: try again later)
//   silent   - accepts the connection and never answers (a timeout)
// It listens on a free port and prints it on its first line of output.
'use strict';
const net = require('net');
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
    let buffer = '';
    socket.on('data', (chunk) => {
        buffer += chunk;
        let at;
        while ((at = buffer.indexOf('\r\n')) >= 0) {
            const line = buffer.slice(0, at);
            buffer = buffer.slice(at + 2);
            const verb = line.slice(0, 4).toUpperCase();
            if (verb === 'EHLO') socket.write('250-peer.test\r\n250 8BITMIME\r\n');
            else if (verb === 'MAIL') socket.write('250 2.1.0 OK\r\n');
            else if (verb === 'RCPT') socket.write('550 5.1.1 <' + line.replace(/^.*<|>.*$/g, '') + '>: no such mailbox\r\n');
            else if (verb === 'RSET') socket.write('250 2.0.0 OK\r\n');
            else if (verb === 'QUIT') socket.end('221 2.0.0 Bye\r\n');
            else socket.write('502 5.5.2 Not implemented\r\n');
        }
    });
});
server.listen(0, '127.0.0.1', () => {
    process.stdout.write(server.address().port + '\n');
});
