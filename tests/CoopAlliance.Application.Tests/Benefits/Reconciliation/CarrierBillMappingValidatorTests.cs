using CoopAlliance.Application.Benefits.Reconciliation;

namespace CoopAlliance.Application.Tests.Benefits.Reconciliation;

/// <summary>A carrier's column mapping is refused when saved if no bill could ever be read with it.</summary>
public sealed class CarrierBillMappingValidatorTests
{
    private static readonly CarrierBillMappingValidator Validator = new();

    private static IEnumerable<string> Errors(CarrierBillMapping mapping) =>
        Validator.Validate(mapping).Errors.Select(e => e.PropertyName);

    [Test]
    public void TheUsualMappingsAreAccepted()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Errors(CarrierBillMapping.Default), Is.Empty);
            Assert.That(Errors(new CarrierBillMapping("Group", "Subscriber", "Amount")), Is.Empty);
            Assert.That(Errors(new CarrierBillMapping("Group", "Subscriber", "Amount", Delimiter: "\t")), Is.Empty);
            Assert.That(Errors(new CarrierBillMapping("Group", "Subscriber", "Amount", Delimiter: ";")), Is.Empty);
            Assert.That(Errors(new CarrierBillMapping("Group", "Subscriber", "Amount", Delimiter: "|")), Is.Empty);
        });
    }

    [Test]
    public void TheThreeColumnsTheComparisonNeedsAreRequired()
    {
        var errors = Errors(new CarrierBillMapping("", "  ", "Amount"));

        Assert.That(errors, Is.EquivalentTo(new[] { nameof(CarrierBillMapping.GroupNumberColumn), nameof(CarrierBillMapping.MemberIdColumn) }));
    }

    [Test]
    public void AnOptionalColumnIsLeftOutNotBlank()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Errors(new CarrierBillMapping("Group", "Subscriber", "Amount", TierColumn: " ")), Is.EqualTo(new[] { nameof(CarrierBillMapping.TierColumn) }));
            Assert.That(Errors(new CarrierBillMapping("Group", "Subscriber", "Amount", MemberNameColumn: null, TierColumn: null)), Is.Empty);
        });
    }

    [Test]
    public void OneHeaderCannotStandForTwoThingsWhateverItsCase()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Errors(new CarrierBillMapping("Group", "Subscriber", " subscriber ")), Is.EqualTo(new[] { "Columns" }));
            Assert.That(Errors(new CarrierBillMapping("Group", "Subscriber", "Amount", TierColumn: "GROUP")), Is.EqualTo(new[] { "Columns" }));
        });
    }

    [TestCase("")]
    [TestCase("tab")]
    [TestCase(";;")]
    [TestCase(":")]
    [TestCase(" ")]
    public void TheDelimiterIsOneOfTheFourCarriersUse(string delimiter) =>
        Assert.That(Errors(new CarrierBillMapping("Group", "Subscriber", "Amount", Delimiter: delimiter)), Is.EqualTo(new[] { nameof(CarrierBillMapping.Delimiter) }));
}
