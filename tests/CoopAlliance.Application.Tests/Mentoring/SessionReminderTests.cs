using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Mentoring;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Mentoring;

public sealed class SessionReminderTests : MentoringTestBase
{
    private static Task<int> RemindersTo(string email) =>
        WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == email && m.Subject.StartsWith("How is")));

    [Test]
    public async Task AMentorIsRemindedOncePerGapWithoutSessions()
    {
        var morgan = await AddMentorAsync("Morgan Mentor");
        var coopId = await AddDevelopingCoopAsync("Florence Bread Collective");
        var matchId = await ActiveMatchAsync(morgan, coopId);
        var started = Clock.Today;

        Assert.That((await SendAsSystemAsync(new SendSessionReminders(started.AddDays(20)))).Reminded, Is.Zero, "20 days is not yet a gap");
        Assert.That((await SendAsSystemAsync(new SendSessionReminders(started.AddDays(21)))).Reminded, Is.EqualTo(1));
        Assert.That((await SendAsSystemAsync(new SendSessionReminders(started.AddDays(21)))).Reminded, Is.Zero, "the same run again");
        Assert.That((await SendAsSystemAsync(new SendSessionReminders(started.AddDays(28)))).Reminded, Is.Zero, "next week, the same gap");
        Assert.That(await RemindersTo(morgan.Email), Is.EqualTo(1));

        // A session starts a new gap, which is reminded once when it is long enough.
        Clock.UtcNow = Clock.UtcNow.AddDays(30);
        RunAsMentor(morgan);
        await SendAsync(new LogSession(matchId, started.AddDays(30), 60, "Bookkeeping", null, null));
        Assert.That((await SendAsSystemAsync(new SendSessionReminders(started.AddDays(35)))).Reminded, Is.Zero);
        Assert.That((await SendAsSystemAsync(new SendSessionReminders(started.AddDays(51)))).Reminded, Is.EqualTo(1));
        Assert.That((await SendAsSystemAsync(new SendSessionReminders(started.AddDays(58)))).Reminded, Is.Zero);

        Assert.That(await RemindersTo(morgan.Email), Is.EqualTo(2));
        var reminders = await WithDbAsync(db => db.MentoringReminders.OrderBy(r => r.Id).Select(r => r.GapStartedOn).ToListAsync());
        Assert.That(reminders, Is.EqualTo(new[] { started, started.AddDays(30) }));
    }

    [Test]
    public async Task OnlyActiveMatchesAreReminded()
    {
        var morgan = await AddMentorAsync("Morgan Mentor", capacity: 3);
        var ended = await ActiveMatchAsync(morgan, await AddDevelopingCoopAsync("Florence Bread Collective"));
        await SendAsync(new EndMatch(ended, "The group paused its plans"));
        await OfferAsync(morgan, await AddDevelopingCoopAsync("Holyoke Cleaners"));

        var result = await SendAsSystemAsync(new SendSessionReminders(Clock.Today.AddDays(60)));

        Assert.That(result.ActiveMatches, Is.Zero);
        Assert.That(await RemindersTo(morgan.Email), Is.Zero);
        Assert.That(await WithDbAsync(db => db.MentorMatches.CountAsync(m => m.Status == MatchStatus.Ended)), Is.EqualTo(1));
    }
}
