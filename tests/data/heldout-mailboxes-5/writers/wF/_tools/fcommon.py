"""Part F helpers: Exchange/Teams and Google Calendar invitations, ATS footers."""
import datetime as _dt
from mimehelp import Event, calendar, zdt, IANA_TO_WIN

WDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON = ["January", "February", "March", "April", "May", "June", "July", "August",
       "September", "October", "November", "December"]


def exch_uid(box):
    return "040000008200E00074C5B7101A82E00800000000" + box.hexid(16).upper() + "0000000000000000100000" + box.hexid(32).upper()


def teams_url(box):
    return ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + box.alnum(48) +
            "%40thread.v2/0?context=%7b%22Tid%22%3a%22" + box.hexid(8) + "-" + box.hexid(4) + "-" + box.hexid(4) +
            "-" + box.hexid(4) + "-" + box.hexid(12) + "%22%7d")


def teams_text(box, url, lang="en", intro=""):
    mid = f"{box.rng.randint(100,999)} {box.rng.randint(100,999)} {box.rng.randint(100,999)} {box.rng.randint(100,999)}"
    pc = box.alnum(6)
    if lang == "sv":
        t = ("Microsoft Teams-möte\nAnslut via dator, mobilapp eller rumsenhet\n"
             f"Klicka här för att ansluta till mötet<{url}>\nMötes-ID: {mid}\nLösenord: {pc}\n"
             "Ladda ned Teams<https://www.microsoft.com/microsoft-teams/download-app> | Anslut på webben")
    elif lang == "da":
        t = ("Microsoft Teams-møde\nDeltag på din computer, mobilapp eller rumenhed\n"
             f"Klik her for at deltage i mødet<{url}>\nMøde-id: {mid}\nAdgangskode: {pc}\n"
             "Hent Teams<https://www.microsoft.com/microsoft-teams/download-app> | Deltag på internettet")
    else:
        t = ("Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             f"Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {pc}\n"
             "Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web")
    bar = "_" * 80
    return (intro + "\n\n" if intro else "") + bar + "\n" + t + "\n" + bar + "\n"


def teams_invite(box, start, tz, minutes, summary, organizer, attendees, intro="", lang="en",
                 seq=0, cancel=False, uid=None, stamp=None):
    url = teams_url(box)
    body = teams_text(box, url, lang, intro)
    uid = uid or exch_uid(box)
    ev = Event(uid, start, tz, minutes, summary, organizer, attendees, seq=seq,
               location={"en": "Microsoft Teams Meeting", "sv": "Microsoft Teams-möte", "da": "Microsoft Teams-møde"}[lang],
               description=body, cancel=cancel, stamp=stamp,
               extra=["CLASS:PUBLIC", "PRIORITY:5", f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
                      "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if cancel else "TENTATIVE"),
                      "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if cancel else "BUSY"),
                      "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                      f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}",
                      "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"])
    ics = calendar("CANCEL" if cancel else "REQUEST", [ev], prodid="Microsoft Exchange Server 2010",
                   tzstyle="windows")
    return body, ics, uid


def exch_headers(box, topic, lang="en-GB"):
    import base64
    ti = base64.b64encode(bytes(box.rng.randrange(256) for _ in range(22))).decode()
    return (f"Thread-Topic: {topic}" if topic.isascii() else "Thread-Topic: " + __import__("mimehelp").hdr_text(topic),
            f"Thread-Index: {ti}", f"Accept-Language: {lang}, en-US", f"Content-Language: {lang}",
            "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:")


def gcal_invite(box, start, tz, minutes, summary, organizer, attendees, description="",
                seq=0, cancel=False, uid=None, stamp=None, location=None):
    code = f"{box.alnum(3,'abcdefghijkmnopqrstuvwxyz')}-{box.alnum(4,'abcdefghijkmnopqrstuvwxyz')}-{box.alnum(3,'abcdefghijkmnopqrstuvwxyz')}"
    uid = uid or f"{box.alnum(26,'abcdefghijklmnopqrstuvwxyz0123456789')}@google.com"
    desc = (description + "\n\n" if description else "") + \
        f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/{code}\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    ev = Event(uid, start, tz, minutes, summary, organizer, attendees, seq=seq, description=desc,
               cancel=cancel, stamp=stamp, location=location,
               extra=[f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}"])
    ics = calendar("CANCEL" if cancel else "REQUEST", [ev])
    return ics, uid, f"https://meet.google.com/{code}"


def longdate(d: _dt.datetime) -> str:
    return f"{WDAY[d.weekday()]} {d.day} {MON[d.month-1]} {d.year}"
