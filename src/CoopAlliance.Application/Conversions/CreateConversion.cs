using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Conversions;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Conversions;

/// <summary>Staff record a business whose owner might sell to the workers; it starts as a lead.</summary>
[Authorize(Roles.Staff)]
public sealed record CreateConversion : ICommand<int>, IConversionInput
{
    public string BusinessName { get; init; } = "";
    public string? Sector { get; init; }
    public Region Region { get; init; } = Region.WesternMassachusetts;
    public string? Town { get; init; }
    public string? State { get; init; }
    public string OwnerName { get; init; } = "";
    public string? OwnerEmail { get; init; }
    public string? OwnerPhone { get; init; }
    public ConversionReason Reason { get; init; } = ConversionReason.Retiring;
    public DateOnly? TargetSaleOn { get; init; }
    public string? TimelineNotes { get; init; }
    public decimal? Valuation { get; init; }
    public IReadOnlyList<ConversionWorkerDetails> Workers { get; init; } = [];
}

public sealed class CreateConversionValidator : AbstractValidator<CreateConversion>
{
    public CreateConversionValidator() => Include(new ConversionInputRules());
}

public sealed class CreateConversionHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<CreateConversion, int>
{
    public async Task<int> Handle(CreateConversion request, CancellationToken cancellationToken)
    {
        var conversion = new Conversion(request.ToProfile(), user.AsActor(), clock.GetUtcNow());
        db.Conversions.Add(conversion);
        await db.SaveChangesAsync(cancellationToken); // the id is the answer
        return conversion.Id;
    }
}
