using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Infrastructure.Data;

/// <summary>
/// Member stories as the public form would bring them in: two that staff approved (the fiber studio's featured on the
/// front page) linked to their co-ops, and a print shop's story waiting for moderation.
/// </summary>
public sealed partial class DemoData
{
    private async Task SeedStoriesAsync(CancellationToken ct)
    {
        var now = clock.UtcNow;
        var staff = new Actor(null, "Sam Staff (demo)");
        var coops = await db.Cooperatives
            .Where(c => c.LegalName == "Windham Fiber Arts Workers" || c.LegalName == "Toolbox Carpentry Cooperative")
            .ToDictionaryAsync(c => c.LegalName, c => c.Id, ct);
        int? CoopId(string name) => coops.TryGetValue(name, out var id) ? id : null;

        var fiber = MemberStory.Submit(new StorySubmission("Windham Fiber Arts Workers", "Nell Ashby", "nell@windhamfiber.example.coop",
            "Dyeing yarn together on Putney Road",
            "Four of us started the studio in 2013 with two dye pots and a borrowed spinning wheel. We were all doing piecework for " +
            "other people's shops, and we wanted a say in what we made and what we charged for it.\n\n" +
            "Today we dye wool from three Vermont farms, teach weekly classes, and keep the studio open to anyone who wants to knit " +
            "in good company on a Thursday night. Every decision about prices, colours and who we buy from is made at our monthly " +
            "meeting, one worker, one vote.\n\n" +
            "The alliance helped us write our first bylaws and found us a bookkeeper who understands co-ops. When a bad winter " +
            "cut our sales in half, other members bought our yarn for their holiday gifts. That is what solidarity looks like to us.",
            Consent: true), now.AddDays(-40));
        fiber.Edit(fiber.Title, fiber.Body, CoopId("Windham Fiber Arts Workers"), staff, now.AddDays(-38));
        fiber.Approve(staff, now.AddDays(-38));
        fiber.Feature(true, staff, now.AddDays(-38));

        var toolbox = MemberStory.Submit(new StorySubmission("Toolbox Carpentry", "Marco Ruiz", "marco@toolboxcarpentry.example.coop",
            "Ramps, porches and a say in the work",
            "I was a framer for fifteen years before Toolbox. The pay was fine; the hours and the safety were not, and nobody asked " +
            "us how a job should be run.\n\n" +
            "At Toolbox the six of us own the business together. We choose our jobs, and more and more of them are accessibility " +
            "retrofits: ramps, wider doors and walk-in showers that let older neighbours in the hilltowns stay in their homes. " +
            "We rotate who meets the clients and who does the estimates, so everyone learns the whole trade.\n\n" +
            "If you are a tradesperson thinking about starting a co-op, come and talk to us. It is more meetings than you expect, " +
            "and it is worth every one.",
            Consent: true), now.AddDays(-12));
        toolbox.Edit(toolbox.Title, toolbox.Body, CoopId("Toolbox Carpentry Cooperative"), staff, now.AddDays(-10));
        toolbox.Approve(staff, now.AddDays(-10));

        var quill = MemberStory.Submit(new StorySubmission("Quill & Press", "June Okafor", "june@quillandpress.example.coop",
            "Twenty-five years of union printing in Easthampton",
            "Quill & Press has printed posters for every Co-op Month since 1998. We are eight worker-owners in an old mill, and we " +
            "still run the Heidelberg our founders bought at auction.\n\n" +
            "We would love to tell the story of how we came through the move to digital presses without laying anyone off, and " +
            "how we now print zines for young writers in the valley at cost.",
            Consent: true), now.AddDays(-2));

        db.MemberStories.AddRange(fiber, toolbox, quill);
        await db.SaveChangesAsync(ct);
    }
}
