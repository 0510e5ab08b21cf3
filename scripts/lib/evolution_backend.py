"""Evolution's calendar backend (evolution-data-server) as scripts/client-story.py plays it, run inside a private
D-Bus session: `dbus-run-session -- /usr/bin/python3 scripts/lib/evolution_backend.py PLAN_JSON`.

Each message is given to e_cal_client_receive_objects, the call Evolution's own invitation view makes (the
requests with the participant's PARTSTAT set to ACCEPTED, as that view does on Accept); after each, the stored
events and the series' instances must be what the messages imply. Prints one line per step; exit status 1 with
a FAILED line at the first difference. Needs the system Python's GObject bindings (python3-gi).
"""

import json
import pathlib
import sys


def text_of(path):
    return path.read_bytes().decode("utf-8")


def evolution_child(plan):
    """Inside the D-Bus session: receive each message as Evolution's itip view does, check the stored state."""
    import gi

    gi.require_version("ECal", "2.0")
    gi.require_version("EDataServer", "1.2")
    gi.require_version("ICalGLib", "3.0")
    from gi.repository import ECal, EDataServer, ICalGLib

    registry = EDataServer.SourceRegistry.new_sync(None)
    source = registry.ref_builtin_calendar()
    client = ECal.Client.connect_sync(source, ECal.ClientSourceType.EVENTS, 60, None)
    zone = ICalGLib.Timezone.get_builtin_timezone("Europe/Zurich")
    print(f"  evolution-data-server: calendar « {source.get_display_name()} » (local file backend)")

    def stored(uid):
        _, objects = client.get_object_list_sync(f'(uid? "{uid}")', None)
        return objects

    def instances(uid):
        starts = []
        span = (ICalGLib.Time.new_from_string("20270101T000000Z").as_timet(),
                ICalGLib.Time.new_from_string("20280101T000000Z").as_timet())

        def found(component, start, end, *rest):
            if component.get_uid() == uid:
                local = start.convert_to_zone(zone) if hasattr(start, "convert_to_zone") else start
                starts.append(local.as_ical_string()[:15])
            return True

        client.generate_instances_sync(span[0], span[1], None, found, None)
        return sorted(starts)

    for index, facts in enumerate(plan, start=1):
        calendar = ICalGLib.Component.new_from_string(text_of(pathlib.Path(facts["path"])))
        event = calendar.get_first_component(ICalGLib.ComponentKind.VEVENT_COMPONENT)
        what = f"{facts['method']} SEQUENCE {facts['sequence']} of {facts['uid'].split('.')[0]}"
        if facts["method"] == "REQUEST":
            attendee = event.get_first_property(ICalGLib.PropertyKind.ATTENDEE_PROPERTY)
            partstat = attendee.get_first_parameter(ICalGLib.ParameterKind.PARTSTAT_PARAMETER)
            partstat.set_partstat(ICalGLib.ParameterPartstat.ACCEPTED)
        client.receive_objects_sync(calendar, ECal.OperationFlags.NONE, None)
        objects = stored(facts["uid"])
        if facts["method"] == "CANCEL":
            live = [o for o in objects if o.get_status() != ICalGLib.PropertyStatus.CANCELLED]
            if live:
                raise SystemExit(f"{what}: the backend still holds {len(live)} live event(s)")
            print(f"  {index}. {what}: received; the backend holds no live event with that UID "
                  f"({len(objects)} cancelled copy kept)" if objects else
                  f"  {index}. {what}: received; the event is removed")
            continue
        if len(objects) != 1:
            raise SystemExit(f"{what}: the backend holds {len(objects)} events with that UID")
        held = objects[0]
        start = held.get_dtstart()
        wall = start.as_ical_string()[:15]
        tzid = start.get_tzid()
        attendee = held.get_first_property(ICalGLib.PropertyKind.ATTENDEE_PROPERTY)
        partstat = attendee.get_first_parameter(ICalGLib.ParameterKind.PARTSTAT_PARAMETER).get_partstat()
        klass = held.get_first_property(ICalGLib.PropertyKind.CLASS_PROPERTY)
        # Evolution files the event under libical's own name for the zone (/freeassociation.sourceforge.net/…).
        if (held.get_sequence(), wall, tzid.removeprefix("/freeassociation.sourceforge.net/")) != (
                facts["sequence"], facts["start"], "Europe/Zurich"):
            raise SystemExit(f"{what}: the backend holds SEQUENCE {held.get_sequence()} at {wall} {tzid}")
        if partstat != ICalGLib.ParameterPartstat.ACCEPTED or klass is None or klass.get_value_as_string() != "PRIVATE":
            raise SystemExit(f"{what}: the backend holds PARTSTAT {partstat}, CLASS {klass}")
        line = f"  {index}. {what}: received and accepted; stored at {wall} {tzid}, SEQUENCE " \
               f"{held.get_sequence()}, ACCEPTED, CLASS:PRIVATE"
        if facts["rule"]:
            found = instances(facts["uid"])
            if found != facts["expected"]:
                raise SystemExit(f"{what}: the backend expands {len(found)} meetings {found[:3]}…, the series has "
                                 f"{len(facts['expected'])} {facts['expected'][:3]}…")
            line += f", {len(found)} meetings expanded (skipped days left out)"
        print(line, flush=True)


if __name__ == "__main__":
    try:
        evolution_child(json.loads(sys.argv[1]))
    except SystemExit as failure:
        if failure.code not in (None, 0):
            print(f"  FAILED: {failure}", flush=True)
            sys.exit(1)
