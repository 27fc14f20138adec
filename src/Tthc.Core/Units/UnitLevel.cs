namespace Tthc.Core.Units;

/// <summary>Administrative level of a reporting unit.</summary>
public enum UnitLevel
{
    /// <summary>A province or centrally-run city (tỉnh, thành phố).</summary>
    Province,

    /// <summary>A provincial department (sở, ban, ngành).</summary>
    Department,

    /// <summary>A district (huyện, quận, thị xã); abolished on 2025-07-01.</summary>
    District,

    /// <summary>A commune (xã, phường, đặc khu).</summary>
    Commune,
}
