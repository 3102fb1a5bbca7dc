using CoopAlliance.Domain.Marketing;

namespace CoopAlliance.Domain.Tests.Marketing;

public sealed class CostShareTests
{
    [Test]
    public void AnEqualSplitAddsUpToTheBudgetToTheCentAndIsTheSameEveryTime()
    {
        var coops = new Dictionary<int, int> { [3] = 5, [1] = 40, [2] = 12 };
        var shares = CostShares.Split(1000m, CostSharing.Equally, coops);

        Assert.That(shares.Values.Sum(), Is.EqualTo(1000m));
        Assert.That(shares[1], Is.EqualTo(333.34m), "the leftover cent goes to the lowest id on a tie");
        Assert.That(shares[2], Is.EqualTo(333.33m));
        Assert.That(shares[3], Is.EqualTo(333.33m));
        Assert.That(CostShares.Split(1000m, CostSharing.Equally, coops), Is.EqualTo(shares));
    }

    [Test]
    public void AByWorkerCountSplitIsProportionalAndACoopWithNoWorkersCountsAsOne()
    {
        var shares = CostShares.Split(3000m, CostSharing.ByWorkerCount, new Dictionary<int, int> { [1] = 12, [2] = 47, [3] = 0 });

        Assert.That(shares.Values.Sum(), Is.EqualTo(3000m));
        Assert.That(shares[1], Is.EqualTo(600m));
        Assert.That(shares[2], Is.EqualTo(2350m));
        Assert.That(shares[3], Is.EqualTo(50m));
    }

    [Test]
    public void NobodyToShareWithMeansNoShares() =>
        Assert.That(CostShares.Split(500m, CostSharing.Equally, new Dictionary<int, int>()), Is.Empty);
}
