using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Conversions;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Conversions;

/// <summary>Staff edit an open conversion: the business, the owner and their timeline, the valuation, the workers. Send the version you read.</summary>
[Authorize(Roles.Staff)]
public sealed record UpdateConversion : ICommand, IConversionInput
{
    public int Id { get; init; }
    public int Version { get; init; }
    public string BusinessName { get; init; } = "";
    public string? Sector { get; init; }
    public Region Region { get; init; }
    public string? Town { get; init; }
    public string? State { get; init; }
    public string OwnerName { get; init; } = "";
    public string? OwnerEmail { get; init; }
    public string? OwnerPhone { get; init; }
    public ConversionReason Reason { get; init; }
    public DateOnly? TargetSaleOn { get; init; }
    public string? TimelineNotes { get; init; }
    public decimal? Valuation { get; init; }
    public IReadOnlyList<ConversionWorkerDetails> Workers { get; init; } = [];
}

public sealed class UpdateConversionValidator : AbstractValidator<UpdateConversion>
{
    public UpdateConversionValidator() => Include(new ConversionInputRules());
}

public sealed class UpdateConversionHandler(IAppDbContext db) : IRequestHandler<UpdateConversion, Unit>
{
    public async Task<Unit> Handle(UpdateConversion request, CancellationToken cancellationToken)
    {
        var conversion = await Conversions.LoadAsync(db, request.Id, cancellationToken);
        db.ExpectVersion(conversion, request.Version);
        conversion.Edit(request.ToProfile());
        return Unit.Value;
    }
}
