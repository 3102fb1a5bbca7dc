using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Conversions;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Conversions;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;

namespace CoopAlliance.Application.Tests.Conversions;

public sealed class ConversionTests : TestBase
{
    private static Task<int> CreateAsync(string name = "Main Street Bakery", string town = "Greenfield") => SendAsync(new CreateConversion
    {
        BusinessName = name,
        Sector = "Bakery",
        Region = Region.WesternMassachusetts,
        Town = town,
        State = "MA",
        OwnerName = "Ruth Baker",
        OwnerEmail = "ruth@mainstreetbakery.example",
        Reason = ConversionReason.Retiring,
        TargetSaleOn = new DateOnly(2027, 6, 30),
        Valuation = 412_500m,
        Workers =
        [
            new ConversionWorkerDetails("Ana Silva", "Head baker", "ana@example.coop", true),
            new ConversionWorkerDetails("Ben Ortiz", "Counter", null, true),
            new ConversionWorkerDetails("Cleo Ng", "Driver", null, false),
        ],
    });

    private static async Task MoveToBuyInPlanAsync(int id)
    {
        foreach (var stage in new[] { ConversionStage.FirstConversation, ConversionStage.Feasibility, ConversionStage.Valuation, ConversionStage.BuyInPlan })
        {
            await SendAsync(new MoveConversion(id, stage, $"On to {stage}"));
        }
    }

    [Test]
    public async Task ConvertingCreatesADevelopingCoopInTheMentoringPipelineOnceOnly()
    {
        var id = await CreateAsync();
        await MoveToBuyInPlanAsync(id);

        var coopId = await SendAsync(new ConvertConversion(id));
        var again = await SendAsync(new ConvertConversion(id));

        Assert.That(again, Is.EqualTo(coopId), "converting twice answers the same developing co-op");
        var pipeline = await SendAsync(new ListDevelopingCoops { PageSize = 100 });
        Assert.That(pipeline.Items.Count(i => i.Name == "Main Street Bakery"), Is.EqualTo(1), "never a second developing co-op");
        var listed = pipeline.Items.Single(i => i.Id == coopId);
        Assert.That((listed.Kind, listed.Stage, listed.Town, listed.Sector), Is.EqualTo((DevelopingCoopKind.Conversion, DevelopmentStage.Idea, "Greenfield", "Bakery")));

        var coop = await SendAsync(new GetDevelopingCoop(coopId));
        Assert.That((coop.ContactName, coop.ContactEmail), Is.EqualTo(("Ana Silva", "ana@example.coop")));
        Assert.That(coop.Description, Does.StartWith("Converted from Main Street Bakery"));
        Assert.That(coop.Milestones, Is.Not.Empty, "a normal developing co-op: it gets the checklist like any other");
        Assert.That(coop.Timeline.Select(t => t.Text), Has.Some.StartsWith("Converted from Main Street Bakery"));

        var conversion = await SendAsync(new GetConversion(id));
        Assert.That((conversion.Stage, conversion.DevelopingCoopId, conversion.DevelopingCoopName),
            Is.EqualTo((ConversionStage.Converted, (int?)coopId, "Main Street Bakery")));
        Assert.That(conversion.History.Select(h => h.To), Is.EqualTo(new[]
        {
            ConversionStage.Lead, ConversionStage.FirstConversation, ConversionStage.Feasibility, ConversionStage.Valuation,
            ConversionStage.BuyInPlan, ConversionStage.Converted,
        }));
    }

    [Test]
    public async Task ABusinessWithoutABuyInPlanIsNotConvertedAndNoCoopIsCreated()
    {
        var id = await CreateAsync();
        await SendAsync(new MoveConversion(id, ConversionStage.FirstConversation, null));

        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new ConvertConversion(id)));
        Assert.That((await SendAsync(new ListDevelopingCoops())).Total, Is.Zero);
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new ConvertConversion(id + 100)));
    }

    [Test]
    public async Task MovesRefuseSkipsAndNotConvertedNeedsAReason()
    {
        var id = await CreateAsync();

        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new MoveConversion(id, ConversionStage.Valuation, null)));
        var invalid = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new MoveConversion(id, ConversionStage.NotConverted, "")));
        Assert.That(invalid!.Errors.Keys, Does.Contain("Note"));

        await SendAsync(new MoveConversion(id, ConversionStage.NotConverted, "The owner decided to keep the shop"));
        await SendAsync(new AddConversionNote(id, "Check in again in spring"));

        var c = await SendAsync(new GetConversion(id));
        Assert.That((c.Stage, c.NotConvertedReason, c.IsOpen), Is.EqualTo((ConversionStage.NotConverted, "The owner decided to keep the shop", false)));
        Assert.That(c.Notes.Single().Text, Is.EqualTo("Check in again in spring"));
    }

    [Test]
    public async Task AStaleVersionIsAConflictAndNothingIsOverwritten()
    {
        var id = await CreateAsync();
        var read = await SendAsync(new GetConversion(id));
        var update = new UpdateConversion
        {
            Id = id,
            Version = read.Version,
            BusinessName = "Main St. Bakery",
            Region = read.Region,
            OwnerName = read.OwnerName,
            Reason = ConversionReason.Closing,
            Workers = [new ConversionWorkerDetails("Ana Silva", null, null, true)],
        };
        await SendAsync(update);

        Assert.ThrowsAsync<ConflictException>(() => SendAsync(update with { BusinessName = "Stale" }));
        var c = await SendAsync(new GetConversion(id));
        Assert.That((c.BusinessName, c.Reason, c.Workers.Count), Is.EqualTo(("Main St. Bakery", ConversionReason.Closing, 1)));
    }

    [Test]
    public async Task TheListFiltersByStageSearchesAndCountsEachStage()
    {
        var bakery = await CreateAsync();
        await CreateAsync("Valley Print Shop", "Northampton");
        await CreateAsync("Hilltop Hardware", "Amherst");
        await SendAsync(new MoveConversion(bakery, ConversionStage.FirstConversation, null));

        var first = await SendAsync(new ListConversions { Stage = ConversionStage.FirstConversation });
        Assert.That(first.Items.Select(i => i.BusinessName), Is.EqualTo(new[] { "Main Street Bakery" }));
        Assert.That(first.Items.Single().WorkerCount, Is.EqualTo(3));
        Assert.That(first.Items.Single().InterestedCount, Is.EqualTo(2));

        var search = await SendAsync(new ListConversions { Q = "northampton" });
        Assert.That(search.Items.Select(i => i.BusinessName), Is.EqualTo(new[] { "Valley Print Shop" }));

        var paged = await SendAsync(new ListConversions { Sort = ConversionSort.Name, PageSize = 2, Page = 2 });
        Assert.That((paged.Total, paged.Items.Single().BusinessName), Is.EqualTo((3, "Valley Print Shop")));

        var counts = await SendAsync(new CountConversionsByStage());
        Assert.That((counts[ConversionStage.Lead], counts[ConversionStage.FirstConversation], counts[ConversionStage.Converted]), Is.EqualTo((2, 1, 0)));

        var csv = System.Text.Encoding.UTF8.GetString((await SendAsync(new ExportConversions(Stage: ConversionStage.Lead))).Content);
        Assert.That(csv, Does.Contain("Hilltop Hardware").And.Contain("Valley Print Shop").And.Not.Contain("Main Street Bakery"));
    }

    [Test]
    public async Task OnlyStaffWorkWithConversions()
    {
        var id = await CreateAsync();
        RunAsRep(1);
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new GetConversion(id)));
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new ListConversions()));
        RunAsMentor();
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new ConvertConversion(id)));
    }
}
