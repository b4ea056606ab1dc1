"""Small extras for Part G generators: quoting in several languages, fake PDF."""
import datetime as _dt

PT_WD = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."]
PT_MO = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]
ES_WD = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MO = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
EN_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
JA_WD = "月火水木金土日"
ID_WD = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
ID_MO = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def _who(m):
    return m.who if hasattr(m, "who") else ""


def header_line(lang, when: _dt.datetime, who: str) -> str:
    d = when
    hm = d.strftime("%H:%M")
    if lang == "pt":
        return f"Em {PT_WD[d.weekday()]}, {d.day} de {PT_MO[d.month-1]} de {d.year} às {hm}, {who} escreveu:"
    if lang == "es":
        return f"El {ES_WD[d.weekday()]}, {d.day} {ES_MO[d.month-1]} {d.year} a las {hm}, {who} escribió:"
    if lang == "ja":
        return f"{d.year}年{d.month}月{d.day}日({JA_WD[d.weekday()]}) {hm} {who}:"
    if lang == "id":
        return f"Pada {ID_WD[d.weekday()]}, {d.day} {ID_MO[d.month-1]} {d.year} pukul {hm}, {who} menulis:"
    if lang == "outlook":
        return None
    return f"On {EN_WD[d.weekday()]}, {EN_MO[d.month-1]} {d.day}, {d.year} at {d.strftime('%I:%M %p').lstrip('0')} {who} wrote:"


def q(lang, text, when, who, tz=None):
    """Gmail-style quote of an earlier message, its date shown in the quoting user's zone."""
    if tz is not None:
        when = when.astimezone(tz)
    lines = text.strip("\n").split("\n")
    return "\n\n" + header_line(lang, when, who) + "\n" + "\n".join("> " + l if l else ">" for l in lines) + "\n"


def q_outlook(text, when, frm, to, subject, sent_label="Sent", tz=None):
    if tz is not None:
        when = when.astimezone(tz)
    d = when
    s = (f"\n\n________________________________\nFrom: {frm}\n{sent_label}: {EN_WD[d.weekday()]}day"
         if False else
         f"\n\n________________________________\nFrom: {frm}\nSent: {d.strftime('%A, %B')} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}\nTo: {to}\nSubject: {subject}\n\n")
    return s + text.strip("\n") + "\n"


def fake_pdf(title: str) -> bytes:
    body = (f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 1/Kids[3 0 R]>>endobj\n"
            f"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% {title}\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    return body.encode("latin-1", "replace")


# ---------------------------------------------------------------- calendar mail bodies
import html as _html
from zoneinfo import ZoneInfo as _ZI


def _ampm(d):
    h = d.strftime("%I").lstrip("0")
    return h + ("" if d.minute == 0 else d.strftime(":%M")) + d.strftime("%p").lower()


def gcal_when(ev, tzlabel):
    """'Thu Oct 15, 2026 10am - 11am (CEST)' in the event's own zone."""
    s = ev.dtstart()
    e = s + _dt.timedelta(minutes=ev.minutes)
    return f"{EN_WD[s.weekday()]} {EN_MO[s.month-1]} {s.day}, {s.year} {_ampm(s)} - {_ampm(e)} ({tzlabel})"


def gcal_text(ev, tzlong, changed=False, meet=None, note=None, guests=(), reply_for=""):
    s = ev.dtstart()
    e = s + _dt.timedelta(minutes=ev.minutes)
    L = []
    if changed:
        L += ["This event has been updated", ""]
    L += [ev.summary, ""]
    if meet:
        L += ["Join with Google Meet", meet, ""]
    L += ["When", f"{s.strftime('%A')} {EN_MO[s.month-1]} {s.day}, {s.year} ⋅ {_ampm(s)} – {_ampm(e)} ({tzlong})", ""]
    if guests:
        L += ["Guests"] + list(guests) + ["View all guest info", ""]
    if note:
        L += [note, ""]
    L += ["Reply for " + reply_for, "Yes", "No", "Maybe", "More options", "",
          "Invitation from Google Calendar", "",
          "You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.",
          "", "Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP."]
    return "\n".join(L) + "\n"


def gcal_html(text):
    body = "<br>\n".join(_html.escape(x) for x in text.split("\n"))
    return ('<!doctype html><html><head><meta charset="utf-8"></head><body>'
            '<div style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043">\n'
            + body + "\n</div></body></html>\n")
