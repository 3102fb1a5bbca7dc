using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoopAlliance.Web.Infrastructure;

/// <summary>
/// Money as people type it in a form: "$25.75", "1,200.00", " 1200 " — the current culture's currency symbol, group
/// separators and surrounding spaces are accepted (NumberStyles.Currency). Anything else gets one message in plain words
/// ("Enter an amount like 1,200.00") instead of the framework's "The value '…' is not valid for Amount". Applies to
/// every decimal and decimal? a Razor Page binds; the JSON API is not affected (it binds JSON numbers).
/// </summary>
public sealed class MoneyModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        var typed = result.FirstValue;
        if (string.IsNullOrWhiteSpace(typed))
        {
            if (bindingContext.ModelMetadata.IsReferenceOrNullableType)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }
            else
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, Message(MoneyCulture.Current));
            }

            return Task.CompletedTask;
        }

        if (MoneyCulture.TryParse(typed, out var amount))
        {
            bindingContext.Result = ModelBindingResult.Success(amount);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, Message(MoneyCulture.Current));
        }

        return Task.CompletedTask;
    }

    /// <summary>"Enter an amount like 1,200.00." in the culture's own digits and separators.</summary>
    public static string Message(CultureInfo culture) => $"Enter an amount like {1200m.ToString("N2", culture)}.";
}

/// <summary>Binds every decimal and decimal? of the site's forms with <see cref="MoneyModelBinder"/>.</summary>
public sealed class MoneyModelBinderProvider : IModelBinderProvider
{
    private static readonly MoneyModelBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(decimal) ? Binder : null;
}

/// <summary>The culture amounts are typed in: the request's current culture; the alliance's (en-US) when that is the invariant one.</summary>
public static class MoneyCulture
{
    private static readonly CultureInfo Alliance = CultureInfo.GetCultureInfo("en-US");

    public static CultureInfo Current =>
        CultureInfo.CurrentCulture.Equals(CultureInfo.InvariantCulture) ? Alliance : CultureInfo.CurrentCulture;

    /// <summary>Reads "$25.75", "1,200.00", " 1200 " (or "1.200,00 €" in a culture that writes it so).</summary>
    public static bool TryParse(string? typed, out decimal amount)
    {
        var culture = Current;
        var text = (typed ?? "").Trim().Replace('\u00A0', ' ').Replace('\u202F', ' ');
        return decimal.TryParse(text, NumberStyles.Currency, culture, out amount)
               // "$ 25.75" and "25.75 $": a space between the symbol and the figure the culture does not write itself.
               || decimal.TryParse(text.Replace(culture.NumberFormat.CurrencySymbol, "").Trim(), NumberStyles.Number, culture, out amount);
    }
}
