#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Runs chidao with a terminal where a person would have one, for tests/cli_test.sh (issue 14).

  cli_tty.py stdin OUT ERR TYPED WAIT_FOR SECONDS -- COMMAND...
      standard input is a terminal; once WAIT_FOR appears on stderr (SECONDS at most), types the lines
      of the file TYPED and Ctrl-D. Exits 99 when WAIT_FOR never came, else with the command's status.
  cli_tty.py stderr OUT ERR PAUSE CHUNK... -- COMMAND...
      standard error is a terminal; standard input a pipe fed each CHUNK file in turn, PAUSE seconds
      apart. ERR gets the bytes the terminal received, ERR.screen the lines a person sees once carriage
      returns and erase-line sequences have done their work.
Standard output goes to the file OUT in both cases."""
import os, pty, subprocess, sys, threading, time

mode, out_path, err_path = sys.argv[1:4]
split = sys.argv.index('--')
args, command = sys.argv[4:split], sys.argv[split + 1:]


def drain(fd, sink):
    """Reads `fd` as data comes, until its writers are gone (EIO for a terminal's master side)."""
    while True:
        try:
            data = os.read(fd, 4096)
        except OSError:  # EIO: the last slave descriptor is gone
            return
        if not data:
            return
        sink(data)


def screen(raw):
    """What a terminal shows of `raw`: "\\r" goes back to the line's start, ESC[K erases to its end."""
    lines, line, col, i = [], [], 0, 0
    text = raw.decode('utf-8', 'replace')
    while i < len(text):
        if text.startswith('\x1b[K', i):
            del line[col:]
            i += 3
            continue
        c = text[i]
        if c == '\r':
            col = 0
        elif c == '\n':
            lines.append(''.join(line))
            line, col = [], 0
        else:
            if col < len(line):
                line[col] = c
            else:
                line.append(c)
            col += 1
        i += 1
    if line:
        lines.append(''.join(line))
    return '\n'.join(lines) + '\n'


with open(out_path, 'wb') as out:
    if mode == 'stdin':
        typed_path, wait_for, seconds = args
        master, slave = pty.openpty()
        proc = subprocess.Popen(command, stdin=slave, stdout=out, stderr=subprocess.PIPE)
        os.close(slave)
        threading.Thread(target=drain, args=(master, lambda data: None), daemon=True).start()  # the echo
        err = bytearray()
        reader = threading.Thread(target=drain, args=(proc.stderr.fileno(), err.extend), daemon=True)
        reader.start()
        deadline = time.monotonic() + float(seconds)
        while wait_for.encode() not in err and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        came = wait_for.encode() in err
        with open(typed_path, 'rb') as typed:
            os.write(master, typed.read() + b'\x04')  # Ctrl-D at a line's start: end of input
        status = proc.wait(timeout=30)
        reader.join()
        os.close(master)
        with open(err_path, 'wb') as f:
            f.write(bytes(err))
        sys.exit(status if came else 99)
    elif mode == 'stderr':
        pause, chunks = float(args[0]), args[1:]
        master, slave = pty.openpty()
        proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=out, stderr=slave)
        os.close(slave)
        raw = bytearray()
        reader = threading.Thread(target=drain, args=(master, raw.extend))
        reader.start()
        for k, chunk in enumerate(chunks):
            if k:
                time.sleep(pause)
            with open(chunk, 'rb') as f:
                proc.stdin.write(f.read())
            proc.stdin.flush()
        proc.stdin.close()
        status = proc.wait(timeout=30)
        reader.join(timeout=10)
        os.close(master)
        with open(err_path, 'wb') as f:
            f.write(bytes(raw))
        with open(err_path + '.screen', 'w', encoding='utf-8') as f:
            f.write(screen(bytes(raw)))
        sys.exit(status)
    else:
        sys.exit(f'cli_tty.py: unknown mode {mode}')
