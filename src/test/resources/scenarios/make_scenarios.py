#!/usr/bin/env python3
"""Writes the invented read-out scenario chats (real export formats) next to this script.

Every story: she is "Lena", he is named per story; she stepped back on 1 March 2026. Before that,
twelve weeks of ordinary chat: every third day one of them starts (alternating), the other answers.
Run: python3 make_scenarios.py
"""
from datetime import datetime, timedelta
import os

HERE = os.path.dirname(os.path.abspath(__file__))
START = datetime(2026, 3, 1)
LRM = "\u200e"


def before(him):
    lines = []
    t = START - timedelta(weeks=12) + timedelta(hours=19)
    k = 0
    while t < START - timedelta(days=1):
        first, second = (him, "Lena") if k % 2 == 0 else ("Lena", him)
        lines.append((t, first, "hey, how was your day"))
        lines.append((t + timedelta(minutes=20), second, "fine, long one. you?"))
        lines.append((t + timedelta(minutes=35), first, "same, talk tomorrow"))
        t += timedelta(days=3)
        k += 1
    return lines


def iphone(name, lines):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for t, who, text in lines:
            f.write("[%s] %s: %s\n" % (t.strftime("%d/%m/%Y, %H:%M:%S"), who, text))


def android(name, lines):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for t, who, text in lines:
            f.write("%s - %s: %s\n" % (t.strftime("%d/%m/%Y, %H:%M"), who, text))


def missed(t):
    return (t, "Marco", LRM + "Missed voice call")


# The story: a threat and three calls in two minutes, then an apology and a visit announced.
marco = before("Marco") + [
    (datetime(2026, 3, 20, 21, 10, 5), "Marco", "if you dont answer me tonight you'll be sorry"),
    missed(datetime(2026, 3, 20, 21, 11, 0)),
    missed(datetime(2026, 3, 20, 21, 12, 0)),
    missed(datetime(2026, 3, 20, 21, 12, 50)),
    (datetime(2026, 3, 21, 9, 30, 0), "Marco", "I'm sorry about last night, I didn't mean it"),
    (datetime(2026, 3, 21, 9, 31, 0), "Marco", "I'll come by saturday"),
]
iphone("marco-iphone.txt", marco)

# Silence: his last word the day after her start, then nothing (read on 15 April: 44 days).
silent = before("Jonas") + [(datetime(2026, 3, 2, 18, 0), "Jonas", "ok")]
android("jonas-silence-android.txt", silent)
iphone("jonas-silence-iphone.txt", silent)

# A real chase: from her start he writes every evening that he misses her and asks to meet.
chase = before("Tom")
for d in range(18):
    day = START + timedelta(days=d, hours=20)
    chase.append((day, "Tom", "I miss you so much" if d % 2 else "can we meet this weekend?"))
android("tom-chase-android.txt", chase)
iphone("tom-chase-iphone.txt", chase)

# Moving on: ten days after her start he says he has met someone, and stays quiet.
moving = before("Ben") + [(datetime(2026, 3, 10, 21, 0), "Ben", "I've met someone. I hope you're well")]
iphone("ben-moving-on-iphone.txt", moving)
android("ben-moving-on-android.txt", moving)

# Day 5: two ordinary messages since her start, nothing to read yet.
early = before("Sam") + [
    (datetime(2026, 3, 2, 19, 0), "Sam", "did you get home ok"),
    (datetime(2026, 3, 4, 19, 0), "Sam", "the match was unreal"),
]
android("sam-day5-android.txt", early)

# Steady: before and since alike, he starts every third day and now and then says he misses her;
# nothing changes when she steps back (read on day 30: too early; on day 45: that is the answer).
steady = []
t = START - timedelta(weeks=12) + timedelta(hours=19)
k = 0
while t < START + timedelta(days=60):
    steady.append((t, "Kai", "miss you" if k % 5 == 4 else "hey, how was your day"))
    steady.append((t + timedelta(minutes=20), "Lena", "fine, long one"))
    t += timedelta(days=3)
    k += 1
android("kai-steady-android.txt", steady)
