using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Infrastructure.Data;

/// <summary>
/// Events: the Making a Green Solidarity Economy conference (the next July 23, in Worcester) with its three themes,
/// rooms and time slots; a morning of panels and workshops, the afternoon's deliberative planning and the evening
/// social; two planning partners with their tasks; every kind of ticket and registrations of each (one put on its
/// co-op's account); a full workshop with a waitlist and one open offer; proposals with dot votes (the vote closed) and
/// three commitments with their follow-up dates. And last spring's annual meeting, over and checked in, whose
/// commitments already have history for the actions tracker. Built only through the domain's own constructors and
/// methods; skipped when any event exists.
/// </summary>
public sealed partial class DemoData
{
    public const string ConferenceTitle = "Making a Green Solidarity Economy";

    private static readonly string[] ConferenceThemes =
        ["Local development and collective entrepreneurship", "Community empowerment", "Environmental and economic justice"];

    private async Task SeedEventsAsync(CancellationToken ct)
    {
        if (await db.Events.AnyAsync(ct))
        {
            return;
        }

        var coops = await db.Cooperatives.Where(c => c.Status == MembershipStatus.Active).ToDictionaryAsync(c => c.LegalName, ct);
        await SeedAnnualMeetingAsync(coops, ct);
        await SeedConferenceAsync(coops, ct);
    }

    private async Task SeedConferenceAsync(Dictionary<string, Cooperative> coops, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var localNow = clock.Now.DateTime;
        var today = clock.Today;
        var staff = new Actor(null, "Sam Staff (demo)");
        var year = today < new DateOnly(today.Year, 7, 23) ? today.Year : today.Year + 1;
        var day = new DateTime(year, 7, 23, 0, 0, 0, DateTimeKind.Unspecified);

        var ev = new Event(new EventDetails(
            ConferenceTitle,
            "A one-day gathering of Central Massachusetts groups building a green solidarity economy: panels and workshops, an afternoon of deliberative planning, and an evening of music and food.",
            "The green economy focuses on new jobs, goods and services that are less destructive to the planet; the solidarity economy meets individual and collective needs over profit, through worker co-operatives, credit unions, co-housing, fair trade and local currencies. " +
            "This conference brings together the organizations of central Massachusetts working towards progressive social, environmental and economic goals to share what works, strengthen the ties between us, and identify actions we can take together.\n\n" +
            "In the morning, speakers present theories, successes and strategies in panels and workshops. The afternoon is a deliberative planning session to agree on specific actions groups can take to support each other and to grow the network. The evening features local musicians and food.",
            day.AddHours(9), day.AddHours(21), "Worcester Community Union Hall", "50 Chandler St", "Worcester",
            "Step-free entrance from Chandler Street; an elevator to the second floor; all-gender restrooms on both floors; a hearing loop in the main hall. Ask for Spanish or Portuguese interpretation when you register.",
            IsPublic: true, Capacity: 150, DotsPerPerson: 3, TrackerVisibility.Public, [30, 60, 90]), staff, now.AddDays(-60));
        var themes = ConferenceThemes.Select(ev.AddTheme).ToList();
        var hall = ev.AddRoom("Main hall", 150, "Ground floor, step-free; hearing loop.");
        var roomA = ev.AddRoom("Workshop room A", 30, "Second floor by elevator.");
        var roomB = ev.AddRoom("Workshop room B", 30, "Second floor by elevator; movable seating.");
        var welcome = ev.AddSlot(day.AddHours(9), day.AddHours(9.5), "Welcome");
        var panels = ev.AddSlot(day.AddHours(9.75), day.AddHours(11), "Morning panels");
        var workshops = ev.AddSlot(day.AddHours(11.25), day.AddHours(12.5), "Morning workshops");
        var planning = ev.AddSlot(day.AddHours(13.5), day.AddHours(16.5), "Deliberative planning");
        var evening = ev.AddSlot(day.AddHours(18), day.AddHours(21), "Evening social");
        var member = ev.AddTicketType(TicketKind.MemberWorkerOwner, "Member worker-owner", 25m, null);
        var partner = ev.AddTicketType(TicketKind.PartnerOrganisation, "Partner organisation", 35m, null);
        var community = ev.AddTicketType(TicketKind.Community, "Community", 15m, null);
        var solidarity = ev.AddTicketType(TicketKind.Solidarity, "Solidarity / pay what you can", 0m, 20m);
        ev.Publish();
        db.Events.Add(ev);
        await db.SaveChangesAsync(ct);

        // Planning partners: a member co-op and an allied organisation, both in, with their roles; a few tasks.
        var solar = coops["Sunrise Solar Installers Cooperative, Inc."];
        var sunrise = new EventPartner(ev.Id, solar.DisplayName, solar.Id, "Dev Okafor", "dev@sunrisesolar.coop", staff, now.AddDays(-58));
        sunrise.Respond(InvitationAnswer.Interested, now.AddDays(-55));
        sunrise.AssignRoles(PartnerRoles.Speaker | PartnerRoles.Sponsor);
        var coalition = new EventPartner(ev.Id, "Worcester Green Jobs Coalition", null, "Carmen Rivera", "carmen@worcestergreenjobs.org", staff, now.AddDays(-58));
        coalition.Respond(InvitationAnswer.Interested, now.AddDays(-57));
        coalition.AssignRoles(PartnerRoles.Venue | PartnerRoles.Outreach | PartnerRoles.Volunteers);
        var union = new EventPartner(ev.Id, "Central Mass Credit Union Network", null, "Owen Murphy", "owen@cmcun.org", staff, now.AddDays(-20));
        db.EventPartners.AddRange(sunrise, coalition, union);
        await db.SaveChangesAsync(ct);
        var hallBooked = new PlanningTask(ev.Id, "Book the union hall and confirm the elevator is serviced", "Carmen Rivera", "carmen@worcestergreenjobs.org", coalition.Id,
            today.AddDays(-10), staff, now.AddDays(-50));
        hallBooked.MarkDone("Carmen Rivera", now.AddDays(-12));
        db.PlanningTasks.AddRange(
            hallBooked,
            new PlanningTask(ev.Id, "Send the call for sessions to partner lists", "Carmen Rivera", "carmen@worcestergreenjobs.org", coalition.Id, today.AddDays(2), staff, now.AddDays(-30)),
            new PlanningTask(ev.Id, "Line up local musicians and food for the evening", "Dev Okafor", "dev@sunrisesolar.coop", sunrise.Id, today.AddDays(45), staff, now.AddDays(-30)),
            new PlanningTask(ev.Id, "Print badges and programmes", "Sam Staff (demo)", StaffEmail, null, DateOnly.FromDateTime(day).AddDays(-2), staff, now.AddDays(-30)));

        // The programme: staff's plenary, partners' proposals accepted, the afternoon's planning session and the social.
        SessionDetails Session(string title, int theme, SessionFormat format, string description, string[] presenters, int minutes, int? capacity = null) =>
            new(title, theme < 0 ? null : themes[theme].Id, format, description, presenters, null, minutes, capacity);
        var opening = EventSession.AddByStaff(ev, Session("Welcome: why a green solidarity economy", -1, SessionFormat.Plenary,
            "What brought this network together, and what we hope to leave with tonight.", ["Carmen Rivera", "Sam Staff"], 30), staff, StaffEmail, now.AddDays(-40));
        var localPanel = EventSession.Propose(ev, Session("Worker co-ops and local development in Central Mass", 0, SessionFormat.Panel,
            "Founders of three local worker co-ops on starting, financing and growing businesses their workers own.", ["Dev Okafor", "Rosa Santos", "Malik Chen"], 75),
            "Dev Okafor", "dev@sunrisesolar.coop", sunrise.Id, now.AddDays(-35));
        var justicePanel = EventSession.Propose(ev, Session("Who gets the green jobs? Environmental and economic justice", 2, SessionFormat.Panel,
            "Organizers on making sure the green transition hires from the neighborhoods that carried its costs.", ["Aisha Baptiste", "Tomás Silva"], 75),
            "Aisha Baptiste", "aisha@worcestergreenjobs.org", coalition.Id, now.AddDays(-34));
        var startWorkshop = EventSession.Propose(ev, Session("Starting a worker co-op: the first ninety days", 0, SessionFormat.Workshop,
            "A hands-on workshop: pick a structure, write your first bylaws, and plan the money. Small group, so sign up.", ["Keisha Kowalski"], 75, capacity: 4),
            "Keisha Kowalski", "keisha@kestrel.coop", null, now.AddDays(-33));
        var landWorkshop = EventSession.Propose(ev, Session("Community land trusts and neighborhood power", 1, SessionFormat.Workshop,
            "How residents take land off the speculative market, with stories from Worcester and Holyoke.", ["Nadia Greenberg", "Liam Nguyen"], 75, capacity: 25),
            "Nadia Greenberg", "nadia@landtrust.example.org", null, now.AddDays(-32));
        var deliberation = EventSession.AddByStaff(ev, Session("Deliberative planning: the actions we take together", -1, SessionFormat.DeliberativePlanning,
            "Put forward actions from your phone, group them by theme, place your dots, and end with who commits to what.", ["Carmen Rivera", "Yuki Alvarez"], 180),
            staff, StaffEmail, now.AddDays(-40));
        var social = EventSession.AddByStaff(ev, Session("Music and food", -1, SessionFormat.Social,
            "Local musicians and food from member co-ops, in a casual atmosphere for more conversation.", ["The Canal District Band"], 180), staff, StaffEmail, now.AddDays(-40));
        var proposed = EventSession.Propose(ev, Session("Community solar subscriptions 101", 2, SessionFormat.Workshop,
            "How a neighborhood can share one solar array, and who it saves money for.", ["Hannah Murphy"], 60, capacity: 20),
            "Hannah Murphy", "hannah.murphy@example.org", null, now.AddDays(-3));
        foreach (var accepted in new[] { localPanel, justicePanel, startWorkshop, landWorkshop })
        {
            accepted.Accept(staff, now.AddDays(-25));
        }

        var sessions = new List<EventSession> { opening, localPanel, justicePanel, startWorkshop, landWorkshop, deliberation, social, proposed };
        db.EventSessions.AddRange(sessions);
        await db.SaveChangesAsync(ct);
        foreach (var (session, room, slot) in new[]
                 {
                     (opening, hall, welcome), (localPanel, hall, panels), (justicePanel, roomA, panels), (startWorkshop, roomA, workshops),
                     (landWorkshop, roomB, workshops), (deliberation, hall, planning), (social, hall, evening),
                 })
        {
            Scheduling.Schedule(ev, session, room.Id, slot.Id, sessions);
        }

        await db.SaveChangesAsync(ct);

        // Registrations of every ticket type; member pricing by each co-op's current standing; one on its co-op's account.
        var people = new List<Registration>();
        var n = 0;
        Registration Register(string name, TicketType ticket, string? organisation, Cooperative? coop, decimal? payWhatYouCan = null, bool charge = false,
            string? access = null, string? language = null, string? diet = null)
        {
            var at = now.AddDays(-30 + n++);
            var email = name.ToLowerInvariant().Replace(' ', '.').Replace("'", "", StringComparison.Ordinal) + "@example.org";
            var registration = Registration.Register(ev, ticket, new RegistrantDetails(name, email, organisation, coop?.Id, access, language, diet),
                coop?.Status, payWhatYouCan, charge, joinWaitlistIfFull: false, localNow, at);
            people.Add(registration);
            return registration;
        }

        var dev = Register("Dev Okafor", member, null, solar, charge: true);
        Register("Maria Alvarez", member, null, coops[RepCoop], diet: "Vegetarian");
        Register("Rosa Santos", member, null, coops["Valley Roots Food Processing Cooperative"]);
        var keisha = Register("Keisha Kowalski", member, null, coops["Kestrel Software Cooperative"]);
        Register("Malik Chen", member, null, coops["Clean Sweep Cleaning Cooperative"], language: "Spanish");
        var carmen = Register("Carmen Rivera", partner, "Worcester Green Jobs Coalition", null);
        var aisha = Register("Aisha Baptiste", partner, "Worcester Green Jobs Coalition", null);
        Register("Tomás Silva", partner, "Central Mass Tenants Union", null);
        var nadia = Register("Nadia Greenberg", community, "Main South Community Land Trust", null, access: "Uses a wheelchair; needs a seat near the aisle.");
        var liam = Register("Liam Nguyen", community, null, null);
        var hannah = Register("Hannah Murphy", community, null, null, diet: "No nuts");
        var owen = Register("Owen Baptiste", solidarity, null, null, payWhatYouCan: 0m);
        var sofia = Register("Sofia Rivera", solidarity, "Worcester Food Justice Network", null, payWhatYouCan: 10m);
        var ezra = Register("Ezra Santos", solidarity, null, null);
        foreach (var person in people)
        {
            // Their confirmations went out when they registered (the demo sends no mail for them now).
            person.MarkConfirmationSent(person.CreatedAt);
        }

        db.Registrations.AddRange(people);
        await db.SaveChangesAsync(ct);
        carmen.RecordPayment(35m, today.AddDays(-20), "Check 1042");
        aisha.RecordPayment(35m, today.AddDays(-20), "Check 1042");

        // The small workshop fills, two wait; one person cancels and the first in line holds an open offer.
        var signups = new List<SessionSignup>();
        var times = sessions.Where(s => s.StartsAt is not null).ToDictionary(s => s.Id, s => (s.StartsAt!.Value, s.EndsAt!.Value));
        SessionSignup SignUp(EventSession session, Registration who, int daysAgo)
        {
            var signup = SessionSignup.SignUp(session, who, signups.Where(s => s.RegistrationId == who.Id), times, joinWaitlistIfFull: true, now.AddDays(-daysAgo));
            signups.Add(signup);
            return signup;
        }

        var leaving = SignUp(startWorkshop, keisha, 20);
        SignUp(startWorkshop, dev, 19);
        SignUp(startWorkshop, liam, 18);
        SignUp(startWorkshop, owen, 17);
        SignUp(startWorkshop, sofia, 16);
        SignUp(startWorkshop, ezra, 15);
        SignUp(landWorkshop, nadia, 20);
        SignUp(landWorkshop, hannah, 19);
        SignUp(landWorkshop, aisha, 18);
        db.SessionSignups.AddRange(signups);
        await db.SaveChangesAsync(ct);
        leaving.Cancel(startWorkshop, now.AddDays(-2));
        Waitlist.OfferFreedPlaces(startWorkshop, signups.Where(s => s.SessionId == startWorkshop.Id), now.AddDays(-1), TimeSpan.FromHours(48));
        await db.SaveChangesAsync(ct);

        // A rehearsal of the planning session with the organizers: proposals, dots, the vote closed, and commitments.
        ProposalDetails Idea(string what, int theme, string why, string? needs, string? offers) => new(what, why, themes[theme].Id, needs, offers);
        var proposals = new List<ActionProposal>
        {
            ActionProposal.Put(ev, carmen, Idea("A shared hiring hall for green jobs in Main South", 2, "So the jobs go to the neighborhood first.", "Employers who will hire from it", "The coalition's office space"), now.AddDays(-5)),
            ActionProposal.Put(ev, dev, Idea("A solar installer apprenticeship run by worker co-ops", 0, "Train the next worker-owners, not just workers.", "A community college partner", "Sunrise Solar's crews"), now.AddDays(-5)),
            ActionProposal.Put(ev, nadia, Idea("A community land trust for affordable co-op storefronts", 1, "Rents push co-ops out of downtown.", "Seed money and a lawyer", "Main South CLT's board"), now.AddDays(-5)),
            ActionProposal.Put(ev, sofia, Idea("Buy local: a network purchasing pool for food", 2, "Keep food dollars in Worcester.", "Restaurants and schools", null), now.AddDays(-5)),
            ActionProposal.Put(ev, keisha, Idea("A shared bookkeeping and payroll service for start-up co-ops", 0, "Every new co-op struggles with the books.", null, "Kestrel's accounts team, two days a month"), now.AddDays(-5)),
        };
        db.ActionProposals.AddRange(proposals);
        ev.OpenVoting();
        await db.SaveChangesAsync(ct);
        var votes = new List<DotVote>();
        void Dots(Registration who, int proposal, int dots)
        {
            if (DotVoting.Place(ev, who, proposals[proposal], dots, votes.Where(v => v.RegistrationId == who.Id).ToList(), now.AddDays(-4)) is { } vote)
            {
                votes.Add(vote);
            }
        }

        Dots(carmen, 0, 2);
        Dots(carmen, 1, 1);
        Dots(dev, 1, 3);
        Dots(nadia, 2, 2);
        Dots(nadia, 0, 1);
        Dots(sofia, 3, 2);
        Dots(sofia, 0, 1);
        Dots(keisha, 4, 1);
        Dots(keisha, 1, 2);
        Dots(aisha, 0, 3);
        Dots(hannah, 2, 3);
        db.DotVotes.AddRange(votes);
        ev.CloseVoting(now.AddDays(-4));
        await db.SaveChangesAsync(ct);

        var hiringHall = new Commitment(ev, new CommitmentDetails("Open a shared hiring hall for green jobs in Main South", "Worcester Green Jobs Coalition", null,
            coalition.Id, "Carmen Rivera", "carmen@worcestergreenjobs.org", proposals[0].Id), staff, now.AddDays(-4));
        var apprenticeship = new Commitment(ev, new CommitmentDetails("Start a solar installer apprenticeship with two other co-ops", solar.DisplayName, solar.Id,
            sunrise.Id, "Dev Okafor", "dev@sunrisesolar.coop", proposals[1].Id), staff, now.AddDays(-4));
        var landTrust = new Commitment(ev, new CommitmentDetails("Draft a plan for a land trust for co-op storefronts", "Main South Community Land Trust", null,
            null, "Nadia Greenberg", "nadia@landtrust.example.org", proposals[2].Id), staff, now.AddDays(-4));
        apprenticeship.Report(CommitmentStatus.InProgress, "Talking with Quinsigamond Community College about a first cohort.", null, "Dev Okafor", now.AddDays(-1));
        db.Commitments.AddRange(hiringHall, apprenticeship, landTrust);
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedAnnualMeetingAsync(Dictionary<string, Cooperative> coops, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var today = clock.Today;
        var staff = new Actor(null, "Sam Staff (demo)");
        var year = today.Month >= 5 ? today.Year : today.Year - 1;
        var day = new DateTime(year, 4, 24, 0, 0, 0, DateTimeKind.Unspecified);
        var daysAgo = today.DayNumber - DateOnly.FromDateTime(day).DayNumber;
        var then = now.AddDays(-daysAgo);

        var ev = new Event(new EventDetails($"Annual meeting {year}", "The alliance's annual meeting: the year's report, the budget vote and the board election.",
            null, day.AddHours(13), day.AddHours(17), "Northampton Senior Center", "67 Conz St", "Northampton", "Step-free throughout; hearing loop.",
            IsPublic: false, Capacity: 80, DotsPerPerson: 3, TrackerVisibility.Public, [30, 60, 90]), staff, then.AddDays(-45));
        var theme = ev.AddTheme("Growing the alliance");
        var room = ev.AddRoom("Main room", 80, null);
        var slot = ev.AddSlot(day.AddHours(13), day.AddHours(17), "Meeting");
        var ticket = ev.AddTicketType(TicketKind.MemberWorkerOwner, "Member delegate", 0m, null);
        ev.Publish();
        db.Events.Add(ev);
        await db.SaveChangesAsync(ct);
        var meeting = EventSession.AddByStaff(ev, new SessionDetails("Annual meeting", theme.Id, SessionFormat.Plenary, "Reports, votes and the board election.",
            ["Sam Staff"], null, 240, null), staff, StaffEmail, then.AddDays(-40));
        db.EventSessions.Add(meeting);
        await db.SaveChangesAsync(ct);
        Scheduling.Schedule(ev, meeting, room.Id, slot.Id, [meeting]);

        var delegates = new[] { RepCoop, "Quill & Press Printing Cooperative", "Caring Hands Home Care Cooperative", "Green Mountain Engineering Cooperative", "Toolbox Carpentry Cooperative" };
        var people = delegates.Select((name, i) => Registration.Register(ev, ticket,
                new RegistrantDetails($"{FirstNames[(i * 3) % FirstNames.Length]} {LastNames[(i * 5 + 1) % LastNames.Length]}", $"delegate{i + 1}@example.org", null, coops[name].Id, null, null, null),
                coops[name].Status, null, false, false, day.AddDays(-20), then.AddDays(-20 + i)))
            .ToList();
        foreach (var person in people)
        {
            person.MarkConfirmationSent(person.CreatedAt);
            person.MarkReminderSent(person.CreatedAt.AddDays(15));
        }

        db.Registrations.AddRange(people);
        await db.SaveChangesAsync(ct);
        foreach (var person in people.Take(4))
        {
            person.CheckIn(staff, then.AddHours(17));
        }

        var proposal = ActionProposal.Put(ev, people[0], new ProposalDetails("A co-op purchasing pool for insurance", "Premiums keep rising for small co-ops.", theme.Id, null, null), then.AddHours(19));
        var second = ActionProposal.Put(ev, people[2], new ProposalDetails("Mentor pairs for every new member co-op", null, theme.Id, "Experienced worker-owners", null), then.AddHours(19));
        db.ActionProposals.AddRange(proposal, second);
        ev.OpenVoting();
        await db.SaveChangesAsync(ct);
        var votes = new List<DotVote>();
        foreach (var (person, i) in people.Take(4).Select((p, i) => (p, i)))
        {
            if (DotVoting.Place(ev, person, i % 2 == 0 ? proposal : second, 2 + (i % 2), [], then.AddHours(20)) is { } vote)
            {
                votes.Add(vote);
            }
        }

        db.DotVotes.AddRange(votes);
        ev.CloseVoting(then.AddHours(20));
        await db.SaveChangesAsync(ct);
        var insurance = new Commitment(ev, new CommitmentDetails("Get three quotes for a shared insurance pool", coops["Caring Hands Home Care Cooperative"].DisplayName,
            coops["Caring Hands Home Care Cooperative"].Id, null, people[2].Name, people[2].Email, proposal.Id), staff, then.AddHours(21));
        var mentors = new Commitment(ev, new CommitmentDetails("Pair every co-op that joined this year with a mentor", "The alliance", null, null, "Sam Staff (demo)", StaffEmail, second.Id),
            staff, then.AddHours(21));
        // The owner answered the first follow-up (when its date has passed; the follow-up job asks the others).
        if (insurance.FollowUps.OrderBy(f => f.DueOn).FirstOrDefault(f => f.DueOn < today) is { } first)
        {
            var askedAt = now.AddDays(-(today.DayNumber - first.DueOn.DayNumber));
            first.MarkAsked(askedAt);
            insurance.Report(CommitmentStatus.InProgress, "Two quotes in; waiting on the third.", first, people[2].Name, askedAt.AddHours(20));
        }
        mentors.Report(CommitmentStatus.Done, "All four new co-ops have a mentor.", null, "Sam Staff (demo)", now.AddDays(-30));
        db.Commitments.AddRange(insurance, mentors);
        await db.SaveChangesAsync(ct);
    }
}
