using System.Net;
using System.Net.Http.Json;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Events;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Web.Tests.Events;

/// <summary>Planning partners over the API and pages: staff only, except the partner's own page and answer by the link's token.</summary>
public sealed class EventPartnerTests : WebTest
{
    private const string UnknownToken = "0123456789abcdef0123456789abcdef";

    private async Task<int> EventAsync() => await App.WithDbAsync(async db =>
    {
        var at = App.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var ev = new Event(new EventDetails("Green Solidarity Economy Conference", null, null, new DateTime(2027, 7, 23, 9, 0, 0), new DateTime(2027, 7, 23, 21, 0, 0),
            "Clark University", null, "Worcester", null, true, 200, 5, TrackerVisibility.Public, [30, 60, 90]), Actor.System, at);
        db.Events.Add(ev);
        await db.SaveChangesAsync();
        return ev.Id;
    });

    private async Task<(int Event, int Partner, string Token)> InvitedAsync(HttpClient staff, string name)
    {
        var ev = await EventAsync();
        var created = await staff.PostAsJsonAsync($"/api/v1/events/{ev}/partners",
            new { organisationName = name, contactName = "Ana Ruiz", contactEmail = "ana@example.org" });
        var partner = (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var token = await App.WithDbAsync(db => db.EventPartners.Where(p => p.Id == partner).Select(p => p.Token).SingleAsync());
        return (ev, partner, token);
    }

    [Test]
    public async Task StaffInviteAndTheInvitationIsQueuedOnceAndTheAnswerComesFromTheLinkWithoutSigningIn()
    {
        using var staff = await StaffAsync();
        var (ev, partner, token) = await InvitedAsync(staff, "Worcester Roots");
        Assert.That(await App.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Body.Contains($"/events/partner/{token}"))), Is.EqualTo(1));

        using var anonymous = App.CreateClient();
        var page = await anonymous.GetAsync($"/api/v1/public/partner-invitations/{token}");
        Assert.That((await JsonAsync(page)).GetProperty("answer").GetString(), Is.EqualTo("Pending"));
        var answered = await anonymous.PostAsJsonAsync($"/api/v1/public/partner-invitations/{token}", new { answer = "Interested" });
        Assert.That((await JsonAsync(answered)).GetProperty("answer").GetString(), Is.EqualTo("Interested"));

        var roles = await staff.PutAsJsonAsync($"/api/v1/events/{ev}/partners/{partner}", new { roles = new[] { "Speaker", "Food" } });
        Assert.That((await JsonAsync(roles)).GetProperty("rolesText").GetString(), Is.EqualTo("Speaker, Food"));

        Assert.That((await anonymous.GetAsync($"/api/v1/public/partner-invitations/{UnknownToken}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await anonymous.PostAsJsonAsync($"/api/v1/public/partner-invitations/{UnknownToken}", new { answer = "NotNow" })).StatusCode,
            Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task ThePartnerPageWorksByTokenAndAnUnknownTokenIsAPlain404()
    {
        using var staff = await StaffAsync();
        var (ev, partner, token) = await InvitedAsync(staff, "Stone Soup Kitchen");
        var task = await staff.PostAsJsonAsync($"/api/v1/events/{ev}/tasks", new { what = "Cook lunch for 200", partnerId = partner, dueOn = "2027-07-01" });
        var taskId = (await JsonAsync(task, HttpStatusCode.Created)).GetProperty("id").GetInt32();

        using var browser = App.CreateCookieClient();
        var html = await browser.GetStringAsync($"/events/partner/{token}");
        Assert.That(html, Does.Contain("Stone Soup Kitchen").And.Contain("We are interested").And.Not.Contain("Cook lunch for 200"));

        var answered = await Forms.PostAsync(browser, $"/events/partner/{token}?handler=Answer", new() { ["answer"] = "Interested" });
        Assert.That(answered.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        html = await browser.GetStringAsync($"/events/partner/{token}");
        Assert.That(html, Does.Contain("Cook lunch for 200").And.Contain("Mark done"));

        var done = await Forms.PostAsync(browser, $"/events/partner/{token}?handler=Task&taskId={taskId}", new() { ["done"] = "true" });
        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await App.WithDbAsync(db => db.PlanningTasks.Where(t => t.Id == taskId).Select(t => t.DoneAt).SingleAsync()), Is.Not.Null);

        var missing = await browser.GetAsync($"/events/partner/{UnknownToken}");
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await missing.Content.ReadAsStringAsync(), Does.Not.Contain("Stone Soup").And.Not.Contain("invitation"));
    }

    [Test]
    public async Task StaffOnlyEndpointsRefuseAnonymousCallersAndReps()
    {
        using var staff = await StaffAsync();
        var (ev, partner, _) = await InvitedAsync(staff, "Worcester Youth Centre");
        using var anonymous = App.CreateClient();
        using var rep = await RepAsync();

        foreach (var (client, status) in new[] { (anonymous, HttpStatusCode.Unauthorized), (rep, HttpStatusCode.Forbidden) })
        {
            Assert.That((await client.GetAsync($"/api/v1/events/{ev}/partners")).StatusCode, Is.EqualTo(status));
            Assert.That((await client.GetAsync($"/api/v1/events/{ev}/tasks")).StatusCode, Is.EqualTo(status));
            Assert.That((await client.PostAsJsonAsync($"/api/v1/events/{ev}/partners", new { organisationName = "X", contactName = "Y", contactEmail = "y@example.org" })).StatusCode,
                Is.EqualTo(status));
            Assert.That((await client.PutAsJsonAsync($"/api/v1/events/{ev}/partners/{partner}", new { roles = Array.Empty<string>() })).StatusCode, Is.EqualTo(status));
            Assert.That((await client.PostAsJsonAsync($"/api/v1/events/{ev}/tasks", new { what = "X", ownerName = "Y", dueOn = "2027-01-01" })).StatusCode, Is.EqualTo(status));
        }

        Assert.That(await App.WithDbAsync(db => db.EventPartners.CountAsync(p => p.EventId == ev)), Is.EqualTo(1));
        Assert.That(await App.WithDbAsync(db => db.PlanningTasks.CountAsync(t => t.EventId == ev)), Is.EqualTo(0));
        Assert.That((await rep.GetAsync($"/Events/Partners?id={ev}")).StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect));
    }

    [Test]
    public async Task BadInputIsAProblemWithFieldErrorsAndChangesNothing()
    {
        using var staff = await StaffAsync();
        var (ev, partner, _) = await InvitedAsync(staff, "Main South CDC");

        var invite = await ProblemAsync(await staff.PostAsJsonAsync($"/api/v1/events/{ev}/partners", new { contactName = "", contactEmail = "nope" }),
            HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(invite, "organisationName"), Is.Not.Empty);
        Assert.That(FieldErrors(invite, "contactEmail"), Is.Not.Empty);

        var task = await ProblemAsync(await staff.PostAsJsonAsync($"/api/v1/events/{ev}/tasks", new { what = "", ownerEmail = "nope", dueOn = "2027-01-01" }),
            HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(task, "what"), Is.Not.Empty);

        var filter = await ProblemAsync(await staff.GetAsync($"/api/v1/events/{ev}/tasks?status=Later"), HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(filter, "status"), Is.Not.Empty);

        await ProblemAsync(await staff.PutAsJsonAsync($"/api/v1/events/{ev}/partners/{partner}", new { roles = new[] { "Venue" } }), HttpStatusCode.UnprocessableEntity);
        Assert.That(await App.WithDbAsync(db => db.EventPartners.CountAsync(p => p.EventId == ev)), Is.EqualTo(1));
        Assert.That(await App.WithDbAsync(db => db.EventPartners.Where(p => p.Id == partner).Select(p => p.Roles).SingleAsync()), Is.EqualTo(PartnerRoles.None));
        Assert.That(await App.WithDbAsync(db => db.PlanningTasks.CountAsync(t => t.EventId == ev)), Is.EqualTo(0));
    }

    [Test]
    public async Task TheStaffPageShowsPartnersAndTasksAndExportsCsv()
    {
        using var staff = await StaffAsync();
        var (ev, _, _) = await InvitedAsync(staff, "Clark Co-op Club");
        await staff.PostAsJsonAsync($"/api/v1/events/{ev}/tasks", new { what = "Book the hall", ownerName = "Sam Staff", dueOn = "2026-01-01" });

        using var browser = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var html = await browser.GetStringAsync($"/Events/Partners?id={ev}");
        Assert.That(html, Does.Contain("Clark Co-op Club").And.Contain("Book the hall").And.Contain("Overdue").And.Contain("Not answered yet"));
        var csv = await browser.GetStringAsync($"/Events/Partners?id={ev}&handler=Csv");
        Assert.That(csv, Does.Contain("Book the hall").And.Contain("overdue"));
        Assert.That((await browser.GetAsync("/Events/Partners?id=999999")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
