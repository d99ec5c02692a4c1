// Starts telegram-test-api, an independent Telegram Bot API emulator, for Frontline's end-to-end
// test (io.frontline.telegram.TelegramTestApiTest). Usage: node emulator.js PORT
// Prints "READY <url>" once it listens, then one "BOT <json>" line per message the bot sends.
// Stops when its standard input closes (the test ended or died) or on SIGTERM.
'use strict';
const TelegramServer = require('telegram-test-api');

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) {
  console.error('usage: node emulator.js PORT');
  process.exit(2);
}
const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 });
server.on('AddedBotMessage', () => {
  const added = server.storage.botMessages[server.storage.botMessages.length - 1];
  const m = added.message;
  console.log('BOT ' + JSON.stringify({ chat_id: Number(m.chat_id), text: m.text, parse_mode: m.parse_mode || null }));
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop();
  process.exit(0);
}
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();

server.start().then(
  () => console.log('READY ' + server.config.apiURL),
  (e) => {
    console.error('cannot start the emulator: ' + e.message);
    process.exit(1);
  });
