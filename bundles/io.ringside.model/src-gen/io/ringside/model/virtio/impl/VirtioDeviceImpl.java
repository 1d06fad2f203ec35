/**
 */
package io.ringside.model.virtio.impl;

import io.ringside.model.trace.impl.DeviceImpl;

import io.ringside.model.virtio.FeatureSet;
import io.ringside.model.virtio.VirtioDevice;
import io.ringside.model.virtio.VirtioPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.virtio.impl.VirtioDeviceImpl#getFeatures <em>Features</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.VirtioDeviceImpl#getFeatureSet <em>Feature Set</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VirtioDeviceImpl extends DeviceImpl implements VirtioDevice {
	/**
	 * The default value of the '{@link #getFeatures() <em>Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatures()
	 * @generated
	 * @ordered
	 */
	protected static final long FEATURES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFeatures() <em>Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatures()
	 * @generated
	 * @ordered
	 */
	protected long features = FEATURES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFeatureSet() <em>Feature Set</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureSet()
	 * @generated
	 * @ordered
	 */
	protected FeatureSet featureSet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VirtioDeviceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VirtioPackage.Literals.VIRTIO_DEVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFeatures() {
		return features;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeatures(long newFeatures) {
		long oldFeatures = features;
		features = newFeatures;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.VIRTIO_DEVICE__FEATURES, oldFeatures, features));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureSet getFeatureSet() {
		return featureSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFeatureSet(FeatureSet newFeatureSet, NotificationChain msgs) {
		FeatureSet oldFeatureSet = featureSet;
		featureSet = newFeatureSet;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, VirtioPackage.VIRTIO_DEVICE__FEATURE_SET, oldFeatureSet, newFeatureSet);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeatureSet(FeatureSet newFeatureSet) {
		if (newFeatureSet != featureSet) {
			NotificationChain msgs = null;
			if (featureSet != null)
				msgs = ((InternalEObject)featureSet).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - VirtioPackage.VIRTIO_DEVICE__FEATURE_SET, null, msgs);
			if (newFeatureSet != null)
				msgs = ((InternalEObject)newFeatureSet).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - VirtioPackage.VIRTIO_DEVICE__FEATURE_SET, null, msgs);
			msgs = basicSetFeatureSet(newFeatureSet, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.VIRTIO_DEVICE__FEATURE_SET, newFeatureSet, newFeatureSet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case VirtioPackage.VIRTIO_DEVICE__FEATURE_SET:
				return basicSetFeatureSet(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VirtioPackage.VIRTIO_DEVICE__FEATURES:
				return getFeatures();
			case VirtioPackage.VIRTIO_DEVICE__FEATURE_SET:
				return getFeatureSet();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case VirtioPackage.VIRTIO_DEVICE__FEATURES:
				setFeatures((Long)newValue);
				return;
			case VirtioPackage.VIRTIO_DEVICE__FEATURE_SET:
				setFeatureSet((FeatureSet)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case VirtioPackage.VIRTIO_DEVICE__FEATURES:
				setFeatures(FEATURES_EDEFAULT);
				return;
			case VirtioPackage.VIRTIO_DEVICE__FEATURE_SET:
				setFeatureSet((FeatureSet)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case VirtioPackage.VIRTIO_DEVICE__FEATURES:
				return features != FEATURES_EDEFAULT;
			case VirtioPackage.VIRTIO_DEVICE__FEATURE_SET:
				return featureSet != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (features: ");
		result.append(features);
		result.append(')');
		return result.toString();
	}

} //VirtioDeviceImpl
