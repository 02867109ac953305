/**
 * Public half (base64 DER) of the key that fixes the extension id at
 * gfmnkffklchicdfmaoekbfcaidfoeooj, the origin the API's CORS allows. Not a secret.
 */
export const MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtBDdpS3itK8anRGK6wsnBzgJ4TBYj1kXVGuUlUcdnBSG59hP1/tixxZ2KyRVkbLojCwAMB9DveADXLReAWTiqmkBPRYLwxQMhpGjVC3xe/UM+IAkMke4oJaLNq1TegphOiT/ElbpXKDNkPurhMd0kGBDP/SGS0GyClsHKOVZxxwGoyoUfr/3vRsoQVHlTTP0i4V8TW/hoBr1AWBx/PhxIK0A7DvA4xkTypYey6nCBO0p51bfjpGPS9GApUIC1sBenkyX0wV9A+l1na73n9589iuQ6i4OtLqJy7lvKhgLPirarR+FWvhWc3G6/6x66eAFH/IwacNoPFwoIJNIYtA2WwIDAQAB';

export const EXTENSION_ID = 'gfmnkffklchicdfmaoekbfcaidfoeooj';
