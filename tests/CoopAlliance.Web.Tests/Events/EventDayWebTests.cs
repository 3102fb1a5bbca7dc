using System.Net;
using System.Text.Json;
using CoopAlliance.Domain.Events;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace CoopAlliance.Web.Tests.Events;

/// <summary>The day's pages and PDFs over HTTP, on the demo data (the Green Solidarity Economy conference and last spring's annual meeting).</summary>
public sealed class EventDayWebTests : WebTest
{
    private Task<int> ConferenceAsync() => App.WithDbAsync(db => db.Events.Where(e => e.Title == DemoData.ConferenceTitle).Select(e => e.Id).SingleAsync());

    private Task<int> AnnualMeetingAsync() => App.WithDbAsync(db => db.Events.Where(e => e.Title.StartsWith("Annual meeting")).Select(e => e.Id).SingleAsync());

    [Test]
    public async Task TheDemoConferenceIsSeededAsInTheInvitation()
    {
        var id = await ConferenceAsync();
        var ev = await App.WithDbAsync(db => db.Events.Include(e => e.Themes).Include(e => e.TicketTypes).SingleAsync(e => e.Id == id));
        Assert.That(ev.StartsAt.Month, Is.EqualTo(7));
        Assert.That(ev.StartsAt.Day, Is.EqualTo(23));
        Assert.That(ev.Town, Is.EqualTo("Worcester"));
        Assert.That(ev.Status, Is.EqualTo(EventStatus.Published));
        Assert.That(ev.Voting, Is.EqualTo(VotingStatus.Closed));
        Assert.That(ev.Themes.Select(t => t.Name), Is.EqualTo(new[]
            { "Local development and collective entrepreneurship", "Community empowerment", "Environmental and economic justice" }));
        Assert.That(ev.TicketTypes.Select(t => t.Kind), Is.EquivalentTo(Enum.GetValues<TicketKind>()));

        var registrations = await App.WithDbAsync(db => db.Registrations.Where(r => r.EventId == id).ToListAsync());
        Assert.That(registrations.Select(r => r.TicketKind).Distinct(), Is.EquivalentTo(Enum.GetValues<TicketKind>()), "registrations of every ticket type");
        Assert.That(registrations.Count(r => r.ChargeToCoop), Is.EqualTo(1));
        var sessions = await App.WithDbAsync(db => db.EventSessions.Where(s => s.EventId == id).ToListAsync());
        Assert.That(sessions.Select(s => s.Format), Is.SupersetOf(new[] { SessionFormat.Panel, SessionFormat.Workshop, SessionFormat.DeliberativePlanning, SessionFormat.Social }));
        var full = sessions.Single(s => s.Capacity is not null && !s.HasRoom);
        var signups = await App.WithDbAsync(db => db.SessionSignups.Where(s => s.SessionId == full.Id).ToListAsync());
        Assert.That(signups.Count(s => s.Status == PlaceStatus.Waitlisted), Is.GreaterThanOrEqualTo(1));
        Assert.That(signups.Count(s => s.Status == PlaceStatus.Offered), Is.EqualTo(1));
        Assert.That(await App.WithDbAsync(db => db.EventPartners.CountAsync(p => p.EventId == id && p.Answer == InvitationAnswer.Interested)), Is.EqualTo(2));
        Assert.That(await App.WithDbAsync(db => db.Commitments.CountAsync(c => c.EventId == id)), Is.EqualTo(3));
        Assert.That(await App.WithDbAsync(db => db.CommitmentUpdates.CountAsync()), Is.GreaterThanOrEqualTo(1));
        Assert.That(await App.WithDbAsync(db => db.DotVotes.CountAsync(v => v.EventId == id)), Is.GreaterThan(5));
    }

    [Test]
    public async Task TheProgrammeIsAnonymousOnlyForAPublishedPublicEvent()
    {
        var conference = await ConferenceAsync();
        var meeting = await AnnualMeetingAsync();
        using var anonymous = App.CreateClient();

        var response = await anonymous.GetAsync($"/api/v1/events/{conference}/programme.pdf");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        using (var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
            Assert.That(text, Does.Contain("Worcester"));
        }

        Assert.That((await anonymous.GetAsync($"/api/v1/events/{meeting}/programme.pdf")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound),
            "the annual meeting is not public");
        var staff = await StaffAsync();
        Assert.That((await staff.GetAsync($"/api/v1/events/{meeting}/programme.pdf")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        // Only the programme is public: badges, the report and check-in need staff.
        Assert.That((await anonymous.GetAsync($"/api/v1/events/{conference}/badges.pdf")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await anonymous.GetAsync($"/api/v1/events/{conference}/report.pdf")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        var rep = await RepAsync();
        Assert.That((await rep.GetAsync($"/api/v1/events/{conference}/report.pdf")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await rep.GetAsync($"/api/v1/events/{conference}/check-in?q=a")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task StaffCheckSomeoneInByCodeOverTheApiAndTheNeedsNeverShow()
    {
        var conference = await ConferenceAsync();
        var nadia = await App.WithDbAsync(db => db.Registrations.SingleAsync(r => r.EventId == conference && r.Name == "Nadia Greenberg"));
        var staff = await StaffAsync();
        var typed = string.Join(" ", nadia.Code[..3].ToLowerInvariant(), nadia.Code[3..]);

        var found = await staff.GetAsync($"/api/v1/events/{conference}/check-in?q={Uri.EscapeDataString(typed)}");
        Assert.That(found.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await found.Content.ReadAsStringAsync();
        Assert.That(body, Does.Contain("Nadia Greenberg"));
        Assert.That(body, Does.Not.Contain("wheelchair"), "needs stay on the staff registrations page");
        Assert.That(body, Does.Not.Contain(nadia.Token));

        var checkedIn = await staff.PostAsync($"/api/v1/events/{conference}/check-in/{nadia.Id}", null);
        Assert.That(checkedIn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var again = await staff.PostAsync($"/api/v1/events/{conference}/check-in/{nadia.Id}", null);
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var json = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.That(json.RootElement.GetProperty("checkedIn").GetBoolean(), Is.True);
        Assert.That(await App.WithDbAsync(db => db.Registrations.Where(r => r.Id == nadia.Id).Select(r => r.CheckedInAt).SingleAsync()), Is.Not.Null);
    }

    [Test]
    public async Task TheCheckInPageWorksWithoutScript()
    {
        var conference = await ConferenceAsync();
        var staff = await StaffAsync();
        var page = await staff.GetStringAsync($"/Events/CheckIn?id={conference}&q=rivera");
        Assert.That(page, Does.Contain("Carmen Rivera"));
        Assert.That(page, Does.Contain("checked in"));
        Assert.That(page, Does.Not.Contain("style=\""), "no inline style under the CSP");
    }
}
